package io.stockkeeper.adapters.http.ops;

import io.javalin.http.Context;
import io.stockkeeper.adapters.http.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The dashboard at {@code /}: a few static files from the jar, read once. Only the files named here are
 * served, so no path a client sends can reach anything else. The page talks to the JSON API only and
 * loads nothing from elsewhere (the Content-Security-Policy says so to the browser).
 */
public final class DashboardController {

    public static final String ASSETS = "/dashboard/";
    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self';"
            + " script-src 'self'; connect-src 'self'; frame-ancestors 'none'";
    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "dashboard.js", "text/javascript; charset=utf-8",
            "dashboard.css", "text/css; charset=utf-8");

    private final Map<String, byte[]> files;

    public DashboardController() {
        this.files = TYPES.keySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                name -> name, DashboardController::load));
    }

    private static byte[] load(String name) {
        try (InputStream in = DashboardController.class.getResourceAsStream("/dashboard/" + name)) {
            if (in == null) {
                throw new IllegalStateException("dashboard file missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void index(Context ctx) {
        serve(ctx, "index.html");
    }

    public void asset(Context ctx) {
        String name = ctx.pathParam("file");
        if (!files.containsKey(name) || name.equals("index.html")) {
            throw ProblemException.notFound("no dashboard file '" + name + "'");
        }
        serve(ctx, name);
    }

    private void serve(Context ctx, String name) {
        ctx.header("Content-Security-Policy", CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-cache")
                .contentType(TYPES.get(name))
                .result(files.get(name));
    }
}
