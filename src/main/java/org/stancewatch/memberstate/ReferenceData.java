package org.stancewatch.memberstate;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.stancewatch.web.ProblemException;

/**
 * Immutable in-memory view of the reference data (states, regional groups, blocs, forums), loaded once. The
 * migrations own the data; this bean answers the hot-path questions (is this a known actor, which region and
 * blocs does it belong to) without a database round trip. Every accessor makes sure the data is loaded first:
 * the Kafka consumer may start before start-up observers have run, and must never see an empty view.
 */
@ApplicationScoped
public class ReferenceData {

    /** What a statement's {@code state} field may name. */
    public enum ActorKind { STATE, BLOC }

    public record StateInfo(String code, String alpha2, String name, String regionalGroup, String status,
                            Set<String> blocs) {}

    public record BlocInfo(String code, String name, String description, Set<String> members) {}

    private record Snapshot(Map<String, StateInfo> states, Map<String, BlocInfo> blocs, Map<String, String> regions,
                            Map<String, String> forums) {}

    private volatile Snapshot data;

    void onStart(@Observes StartupEvent event) {
        data();
    }

    private Snapshot data() {
        Snapshot d = data;
        if (d == null) {
            synchronized (this) {
                d = data;
                if (d == null) data = d = QuarkusTransaction.joiningExisting().call(ReferenceData::load);
            }
        }
        return d;
    }

    private static Snapshot load() {
        Map<String, Set<String>> blocsOfState = new TreeMap<>();
        Map<String, BlocInfo> b = new TreeMap<>();
        for (Bloc bloc : Bloc.<Bloc>listAll()) {
            Set<String> members = Collections.unmodifiableSet(new TreeSet<>(bloc.members));
            b.put(bloc.code, new BlocInfo(bloc.code, bloc.name, bloc.description, members));
            for (String m : members) blocsOfState.computeIfAbsent(m, k -> new TreeSet<>()).add(bloc.code);
        }
        Map<String, StateInfo> s = new TreeMap<>();
        for (MemberState m : MemberState.<MemberState>listAll()) {
            s.put(m.code, new StateInfo(m.code, m.alpha2, m.name, m.regionalGroup, m.status,
                    Collections.unmodifiableSet(blocsOfState.getOrDefault(m.code, Set.of()))));
        }
        Map<String, String> r = new LinkedHashMap<>();
        for (RegionalGroup g : RegionalGroup.<RegionalGroup>list("order by code")) r.put(g.code, g.name);
        Map<String, String> f = new LinkedHashMap<>();
        for (Forum forum : Forum.<Forum>list("order by code")) f.put(forum.code, forum.name);
        return new Snapshot(Collections.unmodifiableMap(s), Collections.unmodifiableMap(b), Collections.unmodifiableMap(r),
                Collections.unmodifiableMap(f));
    }

    public static String normalise(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    public Optional<ActorKind> actorKind(String code) {
        String c = normalise(code);
        if (c == null) return Optional.empty();
        if (data().states().containsKey(c)) return Optional.of(ActorKind.STATE);
        if (data().blocs().containsKey(c)) return Optional.of(ActorKind.BLOC);
        return Optional.empty();
    }

    public boolean isBloc(String code) {
        return data().blocs().containsKey(normalise(code));
    }

    public Optional<StateInfo> state(String code) {
        return Optional.ofNullable(data().states().get(normalise(code)));
    }

    public Optional<BlocInfo> bloc(String code) {
        return Optional.ofNullable(data().blocs().get(normalise(code)));
    }

    public Map<String, StateInfo> states() {
        return data().states();
    }

    public Map<String, BlocInfo> blocs() {
        return data().blocs();
    }

    public Map<String, String> regions() {
        return data().regions();
    }

    public Map<String, String> forums() {
        return data().forums();
    }

    public boolean isRegion(String code) {
        return data().regions().containsKey(normalise(code));
    }

    public boolean isForum(String code) {
        return data().forums().containsKey(normalise(code));
    }

    /** The forum code a raw value maps to: the code itself when known, otherwise OTHER. */
    public String forumCode(String raw) {
        String c = normalise(raw);
        return c != null && data().forums().containsKey(c) ? c : Forum.OTHER;
    }

    /** Checks a query parameter naming a state or bloc: a 400 problem naming the parameter if unknown; null passes. */
    public void requireActor(String parameter, String code) {
        if (code != null && actorKind(code).isEmpty()) throw ProblemException.badParameter(parameter, "unknown state or bloc code");
    }

    /** Checks the {@code region} parameter; null passes. */
    public void requireRegion(String code) {
        if (code != null && !isRegion(code)) throw ProblemException.badParameter("region", "must be one of " + regions().keySet());
    }

    /** Checks the {@code bloc} parameter; null passes. */
    public void requireBloc(String code) {
        if (code != null && !isBloc(code)) throw ProblemException.badParameter("bloc", "must be one of " + blocs().keySet());
    }

    /** Checks the {@code forum} parameter; null passes. */
    public void requireForum(String code) {
        if (code != null && !isForum(code)) throw ProblemException.badParameter("forum", "must be one of " + forums().keySet());
    }

    /** The state codes of a regional group. */
    public List<String> statesInRegion(String region) {
        String r = normalise(region);
        return data().states().values().stream().filter(s -> r.equals(s.regionalGroup())).map(StateInfo::code).toList();
    }
}
