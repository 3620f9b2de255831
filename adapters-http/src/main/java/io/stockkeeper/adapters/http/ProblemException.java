package io.stockkeeper.adapters.http;

/** Ends a request with a problem response; thrown by handlers, rendered by {@link HttpApi}. */
public final class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient java.util.Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, java.util.Map.of());
    }

    public ProblemException(Problem problem, java.util.Map<String, String> headers) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = java.util.Map.copyOf(headers);
    }

    public Problem problem() {
        return problem;
    }

    public java.util.Map<String, String> headers() {
        return headers;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Problem.of(400, "bad-request", "Bad request", detail));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", detail));
    }
}
