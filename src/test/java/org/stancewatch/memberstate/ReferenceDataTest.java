package org.stancewatch.memberstate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferenceDataTest {

    @Inject
    EntityManager em;
    @Inject
    ReferenceData reference;

    @Test
    @Transactional
    void all193MembersAreEachInExactlyOneRegionalGroup() {
        long members = ((Number) em.createNativeQuery("SELECT count(*) FROM member_state WHERE status = 'MEMBER'").getSingleResult()).longValue();
        assertEquals(193, members);
        long grouped = ((Number) em.createNativeQuery("""
                SELECT count(*) FROM member_state m JOIN regional_group g ON g.code = m.regional_group WHERE m.status = 'MEMBER'""")
                .getSingleResult()).longValue();
        assertEquals(193, grouped, "every member has exactly one regional group (a single-valued, non-null foreign key)");
        assertEquals(2L, ((Number) em.createNativeQuery("SELECT count(*) FROM member_state WHERE status = 'OBSERVER'").getSingleResult()).longValue());
        @SuppressWarnings("unchecked")
        List<Object[]> groups = em.createNativeQuery("SELECT regional_group, count(*) FROM member_state WHERE status = 'MEMBER' GROUP BY 1 ORDER BY 1").getResultList();
        assertEquals(5, groups.size());
    }

    @Test
    void blocsHaveTheirMembers() {
        assertEquals(27, reference.bloc("EU").orElseThrow().members().size());
        assertEquals(7, reference.bloc("G7").orElseThrow().members().size());
        assertTrue(reference.bloc("G77").orElseThrow().members().contains("BRA"));
        assertTrue(reference.bloc("AU").orElseThrow().members().contains("ZAF"));
        for (String b : List.of("EU", "G77", "BRICS", "AU", "ASEAN", "ARAB_LEAGUE", "OECD", "G7", "G20")) {
            assertTrue(reference.isBloc(b), b);
        }
        assertTrue(reference.state("FRA").orElseThrow().blocs().containsAll(List.of("EU", "G7", "G20", "OECD")));
    }
}
