package org.stancewatch.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stancewatch.memberstate.ReferenceData;
import org.stancewatch.web.PageResponse;

/** Read side of statements: one statement with its evidence, and filtered, paginated lists. */
@ApplicationScoped
public class StatementQueries {

    /** Filters for the statement list; null means "any". Codes are validated by {@link #validate}. */
    public record Filter(String state, String region, String bloc, String forum, String stance, String language,
                         LocalDate from, LocalDate to) {}

    private static final TypeReference<List<ClassificationResponse.EvidenceResponse>> EVIDENCE = new TypeReference<>() {};

    private final ReferenceData reference;
    private final ObjectMapper mapper;

    public StatementQueries(ReferenceData reference, ObjectMapper mapper) {
        this.reference = reference;
        this.mapper = mapper;
    }

    @Transactional
    public Optional<StatementResponse> find(String id) {
        return Statement.<Statement>findByIdOptional(id).map(s -> toResponse(s, true));
    }

    /** Every classification the statement has had, one per classifier version: the current one first. */
    @Transactional
    public Optional<List<ClassificationResponse>> history(String id) {
        Statement s = Statement.findById(id);
        if (s == null) return Optional.empty();
        List<ClassificationResponse> out = new java.util.ArrayList<>();
        out.add(current(s));
        for (StatementClassification c : StatementClassification.<StatementClassification>list("key.statementId = ?1 order by classifiedAt desc", id)) {
            out.add(new ClassificationResponse(c.stance, c.score, c.confidence, (double) c.multistakeholderSignal,
                    (double) c.multilateralSignal, evidence(c.evidence, id), c.key.classifierVersion()));
        }
        return Optional.of(out);
    }

    private ClassificationResponse current(Statement s) {
        return new ClassificationResponse(s.stance, s.score, s.confidence, (double) s.multistakeholderSignal,
                (double) s.multilateralSignal, evidence(s.evidence, s.id), s.classifierVersion);
    }

    private List<ClassificationResponse.EvidenceResponse> evidence(String json, String id) {
        try {
            return mapper.readValue(json, EVIDENCE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored evidence of " + id + " is not readable", e);
        }
    }

    @Transactional
    public PageResponse<StatementResponse> list(Filter f, int page, int size) {
        validate(f);
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (f.state() != null) {
            q.append(" and (stateCode = :state or actorCode = :state)");
            p.put("state", ReferenceData.normalise(f.state()));
        }
        if (f.region() != null) {
            q.append(" and actorCode in :regionStates");
            p.put("regionStates", reference.statesInRegion(f.region()));
        }
        if (f.bloc() != null) {
            List<String> actors = new ArrayList<>(reference.bloc(f.bloc()).orElseThrow().members());
            actors.add(ReferenceData.normalise(f.bloc()));
            q.append(" and actorCode in :blocActors");
            p.put("blocActors", actors);
        }
        if (f.forum() != null) {
            q.append(" and forumCode = :forum");
            p.put("forum", ReferenceData.normalise(f.forum()));
        }
        if (f.stance() != null) {
            q.append(" and stance = :stance");
            p.put("stance", f.stance());
        }
        if (f.language() != null) {
            q.append(" and language = :language");
            p.put("language", f.language());
        }
        if (f.from() != null) {
            q.append(" and date >= :from");
            p.put("from", f.from());
        }
        if (f.to() != null) {
            q.append(" and date <= :to");
            p.put("to", f.to());
        }
        long total = Statement.count(q.toString(), p);
        List<StatementResponse> items = Statement.<Statement>find(q + " order by date desc, seq desc", p)
                .page(Page.of(page, size)).list().stream().map(s -> toResponse(s, false)).toList();
        return new PageResponse<>(items, page, size, total);
    }

    /** Rejects unknown codes with a 400 naming the parameter. */
    public void validate(Filter f) {
        reference.requireActor("state", f.state());
        reference.requireRegion(f.region());
        reference.requireBloc(f.bloc());
        reference.requireForum(f.forum());
    }

    StatementResponse toResponse(Statement s, boolean withEvidence) {
        ClassificationResponse classification = withEvidence ? current(s)
                : new ClassificationResponse(s.stance, s.score, s.confidence, null, null, null, s.classifierVersion);
        return new StatementResponse(s.id, s.stateCode, s.actorCode, s.onBehalfOf, s.forumCode, s.forumRaw, s.date,
                s.datePrecision, s.language, s.languageDetected, s.text, s.source, s.speaker, s.receivedAt, classification);
    }
}
