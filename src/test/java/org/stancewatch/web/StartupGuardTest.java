package org.stancewatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The production profile refuses missing, default or short credentials; local and dev accept their defaults. */
class StartupGuardTest {

    static Map<String, String> passwords(String analyst, String viewer, String admin) {
        return Map.of("STANCEWATCH_ANALYST_PASSWORD", analyst, "STANCEWATCH_VIEWER_PASSWORD", viewer, "STANCEWATCH_ADMIN_PASSWORD", admin);
    }

    @Test
    void productionRefusesUnsetPasswords() {
        List<String> p = StartupGuard.problems(true, passwords("UNSET", "UNSET", "UNSET"), "s3cret-db-password");
        assertEquals(3, p.size());
        assertTrue(p.get(0).contains("is not set"));
    }

    @Test
    void productionRefusesTheLocalDefaultsAndTheDefaultDatabasePassword() {
        List<String> p = StartupGuard.problems(true, passwords("analyst", "viewer", "admin"), "stancewatch");
        assertEquals(4, p.size(), p.toString());
    }

    @Test
    void productionRefusesShortPasswords() {
        assertEquals(1, StartupGuard.problems(true, passwords("short", "a-long-viewer-pass", "a-long-admin-pass"), "db-pass-long").size());
    }

    @Test
    void productionAcceptsRealCredentials() {
        assertEquals(List.of(), StartupGuard.problems(true, passwords("a-long-analyst-pass", "a-long-viewer-pass", "a-long-admin-pass"), "db-pass-long"));
    }

    @Test
    void localAcceptsItsDefaultsButNotMissingOnes() {
        assertEquals(List.of(), StartupGuard.problems(false, passwords("analyst", "viewer", "admin"), "stancewatch"));
        assertEquals(1, StartupGuard.problems(false, passwords("analyst", "viewer", "UNSET"), "stancewatch").size());
    }
}
