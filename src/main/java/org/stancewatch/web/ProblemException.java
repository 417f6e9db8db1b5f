package org.stancewatch.web;

import java.util.List;

/** Thrown by services and resources to answer with a specific problem document. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.Violation> violations;

    public ProblemException(int status, String type, String title, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.violations = violations == null || violations.isEmpty() ? null : List.copyOf(violations);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail, null);
    }

    public static ProblemException badRequest(String detail, List<Problem.Violation> violations) {
        return new ProblemException(400, "validation", "Invalid request", detail, violations);
    }

    public static ProblemException badParameter(String parameter, String message) {
        return badRequest("Invalid parameter '" + parameter + "': " + message,
                List.of(new Problem.Violation(parameter, message)));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, null);
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.TYPE_BASE + type, title, status, getMessage(), instance, violations);
    }
}
