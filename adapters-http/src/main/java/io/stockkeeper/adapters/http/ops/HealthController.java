package io.stockkeeper.adapters.http.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import io.stockkeeper.adapters.http.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /health/live}: the process answers. {@code GET /health/ready}: every check passes, so a
 * load balancer may send traffic; otherwise 503 with a problem document naming what is wrong. Checks
 * run in order and stop at the first failure, since later ones need the earlier ones (no database, no
 * migration check).
 */
public final class HealthController {

    static final String UP = "UP";
    static final String DOWN = "DOWN";
    static final String NOT_CHECKED = "NOT_CHECKED";

    private final List<ReadinessCheck> checks;

    public HealthController(List<ReadinessCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    public void live(Context ctx) {
        ctx.json(new Health(UP, Map.of()));
    }

    public void ready(Context ctx) {
        Map<String, String> results = new LinkedHashMap<>();
        Optional<String> failure = Optional.empty();
        for (ReadinessCheck check : checks) {
            if (failure.isPresent()) {
                results.put(check.name(), NOT_CHECKED);
                continue;
            }
            Optional<String> problem = problemOf(check);
            results.put(check.name(), problem.map(reason -> DOWN + ": " + reason).orElse(UP));
            failure = problem.map(reason -> check.name() + ": " + reason);
        }
        if (failure.isEmpty()) {
            ctx.json(new Health(UP, results));
            return;
        }
        Problem problem = Problem.of(503, "not-ready", "Not ready", failure.get()).at(ctx.path());
        ctx.status(503).json(new NotReady(problem.type(), problem.title(), problem.status(), problem.detail(),
                problem.instance(), results)).contentType(Problem.CONTENT_TYPE);
    }

    private static Optional<String> problemOf(ReadinessCheck check) {
        try {
            return check.problem();
        } catch (RuntimeException e) {
            return Optional.of(e.getClass().getSimpleName());
        }
    }

    /** The answer when up. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Health(String status, Map<String, String> checks) {
    }

    /** RFC 9457 problem details with each check's result as an extension member. */
    public record NotReady(String type, String title, int status, String detail, String instance,
            Map<String, String> checks) {
    }
}
