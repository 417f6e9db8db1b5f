package org.stancewatch.stance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stancewatch.memberstate.ReferenceData;
import org.stancewatch.statement.StatementQueries;
import org.stancewatch.web.ProblemException;

/** Read side of states and blocs: reference data joined with the current stance and its history. */
@ApplicationScoped
public class StateQueries {
    private static final List<String> STANCES = List.of("MULTISTAKEHOLDER", "MULTILATERAL", "MIXED", "UNKNOWN");

    private final ReferenceData reference;
    private final EntityManager em;
    private final StatementQueries statements;

    public StateQueries(ReferenceData reference, EntityManager em, StatementQueries statements) {
        this.reference = reference;
        this.em = em;
        this.statements = statements;
    }

    @Transactional
    public List<StateSummaryResponse> list(String stance, String region, String kind) {
        String st = stance == null || stance.isBlank() ? null : stance.strip().toUpperCase(java.util.Locale.ROOT);
        if (st != null && !STANCES.contains(st)) throw ProblemException.badParameter("stance", "must be one of " + STANCES);
        if (region != null && !region.isBlank()) reference.requireRegion(region);
        String k = kind == null || kind.isBlank() ? null : kind.strip().toUpperCase(java.util.Locale.ROOT);
        if (k != null && !k.equals("STATE") && !k.equals("BLOC")) throw ProblemException.badParameter("kind", "must be STATE or BLOC");
        Map<String, StanceResponse> stances = currentStances(null);
        List<StateSummaryResponse> out = new ArrayList<>();
        if (k == null || k.equals("STATE")) {
            for (var s : reference.states().values()) {
                if (region != null && !region.isBlank() && !ReferenceData.normalise(region).equals(s.regionalGroup())) continue;
                out.add(summary(s.code(), stances));
            }
        }
        if ((k == null || k.equals("BLOC")) && (region == null || region.isBlank())) {
            for (var b : reference.blocs().values()) out.add(summary(b.code(), stances));
        }
        if (st != null) out.removeIf(s -> !s.stance().stance().equals(st));
        return out;
    }

    @Transactional
    public Optional<StateProfileResponse> profile(String code) {
        String c = ReferenceData.normalise(code);
        if (reference.actorKind(c).isEmpty()) return Optional.empty();
        StateSummaryResponse summary = summary(c, currentStances(c));
        Map<String, Long> byStance = counts("stance", c);
        Map<String, Long> byForum = counts("forum_code", c);
        List<StateProfileResponse.Period> timeline = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT from_date, to_date, stance, score, n, statement_ids FROM stance_period
                WHERE actor_code = :a ORDER BY from_date, id""").setParameter("a", c).getResultList();
        for (Object[] r : rows) {
            timeline.add(new StateProfileResponse.Period(date(r[0]), date(r[1]), (String) r[2], ((Number) r[3]).doubleValue(),
                    ((Number) r[4]).intValue(), ids(r[5])));
        }
        var latest = statements.list(new StatementQueries.Filter(c, null, null, null, null, null, null, null), 0, 10).items();
        return Optional.of(new StateProfileResponse(summary, byStance, byForum, timeline, latest));
    }

    private StateSummaryResponse summary(String code, Map<String, StanceResponse> stances) {
        StanceResponse stance = stances.getOrDefault(code, StanceResponse.UNKNOWN);
        var s = reference.state(code);
        if (s.isPresent()) {
            var i = s.get();
            return new StateSummaryResponse(i.code(), "STATE", i.name(), i.alpha2(), i.regionalGroup(), i.status(), i.blocs(), Set.of(), stance);
        }
        var b = reference.bloc(code).orElseThrow();
        return new StateSummaryResponse(b.code(), "BLOC", b.name(), null, null, null, Set.of(), b.members(), stance);
    }

    private Map<String, StanceResponse> currentStances(String onlyActor) {
        var query = em.createNativeQuery("SELECT actor_code, stance, score, confidence, n, since_date, since_statement_id FROM actor_stance"
                + (onlyActor == null ? "" : " WHERE actor_code = :a"));
        if (onlyActor != null) query.setParameter("a", onlyActor);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, StanceResponse> out = new HashMap<>();
        for (Object[] r : rows) {
            out.put((String) r[0], new StanceResponse((String) r[1], ((Number) r[2]).doubleValue(), ((Number) r[3]).doubleValue(),
                    ((Number) r[4]).intValue(), date(r[5]), (String) r[6]));
        }
        return out;
    }

    private Map<String, Long> counts(String column, String actor) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + column + ", count(*) FROM statement WHERE actor_code = :a GROUP BY 1 ORDER BY 1")
                .setParameter("a", actor).getResultList();
        Map<String, Long> out = new LinkedHashMap<>();
        for (Object[] r : rows) out.put((String) r[0], ((Number) r[1]).longValue());
        return out;
    }

    private static LocalDate date(Object o) {
        if (o == null) return null;
        if (o instanceof LocalDate d) return d;
        return ((Date) o).toLocalDate();
    }

    private static List<String> ids(Object o) {
        if (o == null) return List.of();
        if (o instanceof String[] a) return Arrays.asList(a);
        if (o instanceof Object[] a) return Arrays.stream(a).map(String::valueOf).toList();
        try {
            return Arrays.stream((Object[]) ((java.sql.Array) o).getArray()).map(String::valueOf).toList();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
