package org.stancewatch.web;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a production service with missing or well-known credentials. Runs before anything is
 * served: a StartupEvent observer that throws stops the application.
 */
@ApplicationScoped
public class StartupGuard {
    static final String UNSET = "UNSET";

    @ConfigProperty(name = "stancewatch.security.refuse-defaults")
    boolean refuseDefaults;
    @ConfigProperty(name = "stancewatch.security.analyst-password")
    String analyst;
    @ConfigProperty(name = "stancewatch.security.viewer-password")
    String viewer;
    @ConfigProperty(name = "stancewatch.security.admin-password")
    String admin;
    @ConfigProperty(name = "quarkus.datasource.password")
    String dbPassword;

    void onStart(@Observes StartupEvent event) {
        List<String> problems = problems(LaunchMode.current() == LaunchMode.NORMAL && refuseDefaults,
                Map.of("STANCEWATCH_ANALYST_PASSWORD", analyst, "STANCEWATCH_VIEWER_PASSWORD", viewer,
                        "STANCEWATCH_ADMIN_PASSWORD", admin),
                dbPassword);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Stancewatch refuses to start with default or missing credentials: "
                    + String.join("; ", problems));
        }
    }

    static List<String> problems(boolean strict, Map<String, String> passwords, String dbPassword) {
        List<String> problems = new ArrayList<>();
        passwords.forEach((env, value) -> {
            if (value == null || value.isBlank() || UNSET.equals(value)) {
                problems.add(env + " is not set");
            } else if (strict && (value.length() < 12 || List.of("analyst", "viewer", "admin").contains(value))) {
                problems.add(env + " is a default or shorter than 12 characters");
            }
        });
        if (strict && (dbPassword == null || dbPassword.equals("stancewatch"))) {
            problems.add("STANCEWATCH_DB_PASSWORD is the default");
        }
        problems.sort(String::compareTo);
        return problems;
    }
}
