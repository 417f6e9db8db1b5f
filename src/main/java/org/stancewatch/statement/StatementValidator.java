package org.stancewatch.statement;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stancewatch.classification.Language;
import org.stancewatch.memberstate.ReferenceData;
import org.stancewatch.web.PartialDate;

/**
 * The one validation of a statement, shared by the Kafka consumer and the REST resource: required fields,
 * sizes, known states and blocs, dates with their precision, languages, forums.
 */
@ApplicationScoped
public class StatementValidator {

    /** One thing wrong with a statement. */
    public record Violation(String field, RejectionReason reason, String message) {}

    /** Either a valid statement or the violations that stop it. */
    public record Result(NewStatement statement, List<Violation> violations) {
        public boolean valid() {
            return statement != null;
        }

        /** The reason that names the rejection: the first violation's. */
        public RejectionReason reason() {
            return violations.get(0).reason();
        }

        public String detail() {
            return String.join("; ", violations.stream().map(v -> v.field() + ": " + v.message()).toList());
        }
    }

    static final int MAX_ID_LENGTH = 200;
    static final int MAX_SHORT_FIELD = 2000;
    private static final Pattern ID = Pattern.compile("[\\p{Alnum}._:/@+\\-]+");

    private final ReferenceData reference;
    private final int maxTextLength;

    public StatementValidator(ReferenceData reference,
                              @ConfigProperty(name = "stancewatch.ingest.max-text-length") int maxTextLength) {
        this.reference = reference;
        this.maxTextLength = maxTextLength;
    }

    public Result validate(StatementReceived s) {
        List<Violation> v = new ArrayList<>();
        String id = trimToNull(s.id());
        if (id == null) v.add(missing("id"));
        else if (id.length() > MAX_ID_LENGTH) v.add(new Violation("id", RejectionReason.INVALID_VALUE, "must be at most " + MAX_ID_LENGTH + " characters"));
        else if (!ID.matcher(id).matches()) v.add(new Violation("id", RejectionReason.INVALID_VALUE, "may contain only letters, digits and . _ : / @ + -"));

        String state = ReferenceData.normalise(trimToNull(s.state()));
        if (state == null) v.add(missing("state"));
        else if (reference.actorKind(state).isEmpty()) v.add(new Violation("state", RejectionReason.UNKNOWN_STATE, "'" + abbreviate(s.state()) + "' is not a UN member or observer state (ISO alpha-3) or a known bloc code"));

        String onBehalfOf = ReferenceData.normalise(trimToNull(s.onBehalfOf()));
        if (onBehalfOf != null && !reference.isBloc(onBehalfOf)) {
            v.add(new Violation("onBehalfOf", RejectionReason.UNKNOWN_STATE, "'" + abbreviate(s.onBehalfOf()) + "' is not a known bloc code"));
        }

        String forumRaw = trimToNull(s.forum());
        if (forumRaw == null) v.add(missing("forum"));
        else if (forumRaw.length() > MAX_SHORT_FIELD) v.add(tooLong("forum"));

        LocalDate date = null;
        PartialDate.Precision precision = null;
        String d = trimToNull(s.date());
        if (d == null) v.add(missing("date"));
        else {
            Optional<PartialDate> parsed = PartialDate.parse(d);
            if (parsed.isEmpty()) v.add(new Violation("date", RejectionReason.INVALID_VALUE, "must be a date as YYYY-MM-DD, YYYY-MM or YYYY"));
            else if (parsed.get().start().getYear() < 1990 || parsed.get().start().isAfter(LocalDate.now().plusDays(1))) {
                v.add(new Violation("date", RejectionReason.INVALID_VALUE, "must be between 1990 and today"));
            } else {
                date = parsed.get().start();
                precision = parsed.get().precision();
            }
        }

        Language language = null;
        String lang = trimToNull(s.language());
        if (lang != null) {
            Optional<Language> l = Language.fromCode(lang);
            if (l.isEmpty()) v.add(new Violation("language", RejectionReason.INVALID_VALUE, "must be one of ar, zh, en, fr, ru, es (or absent, to detect it)"));
            else language = l.get();
        }

        String text = s.text();
        if (text == null || text.isBlank()) v.add(missing("text"));
        else if (text.length() > maxTextLength) v.add(new Violation("text", RejectionReason.TOO_LARGE, "must be at most " + maxTextLength + " characters, was " + text.length()));

        if (s.source() != null && s.source().length() > MAX_SHORT_FIELD) v.add(tooLong("source"));
        if (s.speaker() != null && s.speaker().length() > MAX_SHORT_FIELD) v.add(tooLong("speaker"));

        if (!v.isEmpty()) return new Result(null, List.copyOf(v));

        String forumCode = reference.forumCode(forumRaw);
        String actor = onBehalfOf != null ? onBehalfOf : state;
        return new Result(new NewStatement(id, state, actor, onBehalfOf, forumCode,
                forumCode.equalsIgnoreCase(forumRaw) ? null : forumRaw, date, precision, language, text,
                trimToNull(s.source()), trimToNull(s.speaker()), contentHash(s)), List.of());
    }

    /** A hash of the content as received, to tell a redelivery (same hash) from a conflicting reuse of an id. */
    static String contentHash(StatementReceived s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String f : new String[] {s.id(), s.state(), s.forum(), s.date(), s.language(), s.text(), s.source(), s.speaker(), s.onBehalfOf()}) {
                if (f == null) {
                    md.update((byte) 0);
                } else {
                    md.update((byte) 1);
                    byte[] b = f.strip().getBytes(StandardCharsets.UTF_8);
                    md.update(java.nio.ByteBuffer.allocate(4).putInt(b.length).array());
                    md.update(b);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Violation missing(String field) {
        return new Violation(field, RejectionReason.MISSING_FIELD, "is required");
    }

    private static Violation tooLong(String field) {
        return new Violation(field, RejectionReason.TOO_LARGE, "must be at most " + MAX_SHORT_FIELD + " characters");
    }

    private static String trimToNull(String s) {
        if (s == null) return null;
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
