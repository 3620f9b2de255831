package io.stockkeeper.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockkeeper.application.testing.Fixtures;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stock read and admin API over real HTTP, on H2 and PostgreSQL: items with status and sellable
 * quantity, lookups, movements, policies, reports, the reorder list and the changes feed, with bearer
 * authentication and problem responses for bad input.
 */
class StockApiEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "s3cret-token";

    static Stream<Arguments> stores() {
        return Stream.of(Arguments.of("h2"), Arguments.of("postgres"));
    }

    private static RunningStockkeeper start(String store) {
        Map<String, String> env = Map.of(Config.API_TOKEN, TOKEN);
        return store.equals("h2") ? RunningStockkeeper.onH2(env) : RunningStockkeeper.onPostgres(env);
    }

    private static HttpResponse<String> call(RunningStockkeeper service, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.uri(path)).header("Authorization", "Bearer " + TOKEN);
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        return service.send(request.build());
    }

    private static JsonNode ok(RunningStockkeeper service, String path) throws Exception {
        HttpResponse<String> response = call(service, "GET", path, null);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(JSON.readTree(response.body()).path("detail").asText()).isNotBlank().doesNotContain("Exception");
    }

    private static void postAll(RunningStockkeeper service, String... fixtures) {
        for (String fixture : fixtures) {
            assertThat(service.postSigned(Fixtures.bytes(fixture)).statusCode()).isEqualTo(200);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void items_movements_reports_and_the_feed_follow_the_fixtures(String store) throws Exception {
        try (RunningStockkeeper service = start(store)) {
            postAll(service, Fixtures.UPDATED, Fixtures.RESTOCK_2_TO_50);

            JsonNode item = ok(service, "/api/v1/inventory/CCC?mode=test");
            assertThat(item.path("status").asText()).isEqualTo("IN_STOCK");
            assertThat(item.path("sellableQuantity").asLong()).isEqualTo(50);
            assertThat(item.path("lifecycle").asText()).isEqualTo("active");
            assertThat(ok(service, "/api/v1/products/15116720197/inventory?mode=test").path("partNumber").asText())
                    .isEqualTo("CCC");

            postAll(service, Fixtures.SET_TO_ZERO, Fixtures.BACKORDER_ENABLED);

            JsonNode backordered = ok(service, "/api/v1/inventory/CCC?mode=test");
            assertThat(backordered.path("status").asText()).isEqualTo("BACKORDER");
            assertThat(backordered.path("sellableQuantity").isNull()).isTrue();
            List<String> kinds = new ArrayList<>();
            ok(service, "/api/v1/inventory/CCC/movements?mode=test").path("movements")
                    .forEach(line -> kinds.add(line.path("kind").asText()));
            // 0 -> 1 (receipt), gap 1 -> 2 (the restock said it started from 2), 2 -> 50, 50 -> 0 reset, backorders on
            assertThat(kinds).containsExactly("receipt", "gap", "receipt", "reset-to-zero", "policy-change");

            List<String> feed = new ArrayList<>();
            JsonNode changes = ok(service, "/api/v1/changes?after=0");
            changes.path("changes").forEach(change -> feed.add(change.path("kind").asText()));
            assertThat(feed).containsExactly("gap-detected", "status-changed", "went-out-of-stock",
                    "backorders-enabled", "status-changed");
            assertThat(ok(service, "/api/v1/changes?after=" + changes.path("next").asText()).path("changes")).isEmpty();

            assertThat(ok(service, "/api/v1/reports/backorders?mode=test").path("items").get(0).path("partNumber")
                    .asText()).isEqualTo("CCC");
            assertThat(ok(service, "/api/v1/reports/out-of-stock?mode=test").path("items")).isEmpty();
            JsonNode periods = ok(service, "/api/v1/inventory/CCC/stock-outs?mode=test").path("periods");
            assertThat(periods).hasSize(1);
            assertThat(periods.get(0).path("start").asText()).isEqualTo("2024-02-09T08:00:00Z");
            assertThat(periods.get(0).path("ongoing").asBoolean()).isTrue();
            assertThat(ok(service, "/api/v1/inventory/CCC/quantity?mode=test&at=2024-02-08T00:00:00Z")
                    .path("quantity").asLong()).isEqualTo(50);
            assertThat(ok(service, "/api/v1/replenishment?mode=test&asOf=2024-02-10T00:00:00Z&all=true").path("lines"))
                    .hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void a_policy_is_read_changed_with_validation_and_recorded(String store) throws Exception {
        try (RunningStockkeeper service = start(store)) {
            postAll(service, Fixtures.UPDATED, Fixtures.RESTOCK_2_TO_50);
            String path = "/api/v1/inventory/CCC/policy?mode=test";

            JsonNode policy = ok(service, path);
            assertThat(policy.path("lifecycle").asText()).isEqualTo("active");
            assertThat(policy.path("effective").path("backorderCap").asText()).isEqualTo("unlimited");
            assertThat(policy.path("overrides").path("lowStockThreshold").isNull()).isTrue();

            HttpResponse<String> changed = call(service, "PUT", path,
                    "{\"lifecycle\":\"paused\",\"lowStockThreshold\":60,\"backorderCap\":5,\"packSize\":12}");
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            assertThat(JSON.readTree(changed.body()).path("effective").path("packSize").asLong()).isEqualTo(12);
            JsonNode item = ok(service, "/api/v1/inventory/CCC?mode=test");
            assertThat(item.path("status").asText()).isEqualTo("LOW_STOCK");
            assertThat(item.path("lifecycle").asText()).isEqualTo("paused");
            assertThat(ok(service, "/api/v1/inventory?mode=test&lifecycle=paused&status=LOW_STOCK").path("items"))
                    .hasSize(1);
            JsonNode lines = ok(service, "/api/v1/inventory/CCC/movements?mode=test").path("movements");
            assertThat(lines.get(lines.size() - 1).path("kind").asText()).isEqualTo("policy-change");

            assertProblem(call(service, "PUT", path, "{\"lowStockThreshold\":1,\"outOfStockThreshold\":3}"), 400);
            assertProblem(call(service, "PUT", path, "{\"lowStockTreshold\":1}"), 400);
            assertProblem(call(service, "PUT", path, "{\"serviceLevel\":\"high\"}"), 400);
            assertProblem(call(service, "PUT", path, "{\"serviceLevel\":1.5}"), 400);
            assertProblem(call(service, "PUT", path, "{\"backorderCap\":-1}"), 400);
            assertProblem(call(service, "PUT", path, "not json"), 400);
            assertProblem(call(service, "PUT", "/api/v1/inventory/NOPE/policy?mode=test", "{}"), 404);
            assertThat(ok(service, path).path("overrides").path("packSize").asLong()).isEqualTo(12);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void bad_input_gets_a_problem_and_no_token_gets_401(String store) throws Exception {
        try (RunningStockkeeper service = start(store)) {
            postAll(service, Fixtures.UPDATED);

            assertThat(service.get("/api/v1/inventory").statusCode()).isEqualTo(401);
            assertThat(service.get("/api/v1/changes").statusCode()).isEqualTo(401);
            assertProblem(call(service, "GET", "/api/v1/inventory?status=SOLD", null), 400);
            assertProblem(call(service, "GET", "/api/v1/inventory?cursor=***", null), 400);
            assertProblem(call(service, "GET", "/api/v1/inventory?mode=prod", null), 400);
            assertProblem(call(service, "GET", "/api/v1/inventory?limit=0", null), 400);
            assertProblem(call(service, "GET", "/api/v1/changes?after=x", null), 400);
            assertProblem(call(service, "GET", "/api/v1/changes?wait=600", null), 400);
            assertProblem(call(service, "GET", "/api/v1/replenishment?asOf=yesterday", null), 400);
            assertProblem(call(service, "GET", "/api/v1/inventory/CCC/quantity?mode=test&at=noon", null), 400);
            assertProblem(call(service, "GET", "/api/v1/inventory/CCC/movements?mode=test&after=-1", null), 400);
            assertProblem(call(service, "GET", "/api/v1/inventory/NOPE/movements?mode=test", null), 404);
            assertProblem(call(service, "GET", "/api/v1/products/0/inventory?mode=test", null), 404);
            assertProblem(call(service, "PUT", "/api/v1/inventory/CCC/movements/999/correction?mode=test",
                    "{\"correction\":true}"), 404);
            assertProblem(call(service, "PUT", "/api/v1/inventory/CCC/movements/1/correction?mode=test",
                    "{\"correction\":\"yes\"}"), 400);
            HttpResponse<String> marked = call(service, "PUT", "/api/v1/inventory/CCC/movements/1/correction?mode=test",
                    "{\"correction\":true}");
            assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
            assertThat(JSON.readTree(marked.body()).path("correction").asBoolean()).isTrue();
        }
    }
}
