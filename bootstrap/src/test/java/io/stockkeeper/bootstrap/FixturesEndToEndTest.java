package io.stockkeeper.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockkeeper.application.testing.Fixtures;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real wiring on a random port: every Digital River fixture is posted signed, and the items read
 * back as a sales channel would see them. Runs on H2 and on PostgreSQL.
 */
class FixturesEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> stores() {
        return Stream.of(Arguments.of("h2"), Arguments.of("postgres"));
    }

    private static RunningStockkeeper start(String store) {
        return store.equals("h2") ? RunningStockkeeper.onH2(Map.of()) : RunningStockkeeper.onPostgres(Map.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void every_fixture_is_acknowledged_and_the_items_end_in_the_documented_state(String store) throws Exception {
        try (RunningStockkeeper service = start(store)) {
            assertOutcome(service.postSigned(Fixtures.bytes(Fixtures.UPDATED)), 200, "applied");
            assertOutcome(service.postSigned(Fixtures.bytes(Fixtures.RESTOCK_2_TO_50)), 200, "applied");
            JsonNode afterRestock = item(service, "/api/v1/inventory/CCC?mode=test");
            assertThat(afterRestock.path("quantity").asLong()).isEqualTo(50);
            assertThat(afterRestock.path("status").asText()).isEqualTo("IN_STOCK");

            assertOutcome(service.postSigned(Fixtures.bytes(Fixtures.SET_TO_ZERO)), 200, "applied");
            assertThat(item(service, "/api/v1/inventory/CCC?mode=test").path("status").asText())
                    .isEqualTo("OUT_OF_STOCK");

            assertOutcome(service.postSigned(Fixtures.bytes(Fixtures.BACKORDER_ENABLED)), 200, "applied");
            JsonNode backordered = item(service, "/api/v1/inventory/CCC?mode=test");
            assertThat(backordered.path("quantity").asLong()).isZero();
            assertThat(backordered.path("allowBackOrder").asBoolean()).isTrue();
            assertThat(backordered.path("status").asText()).isEqualTo("BACKORDER");
            assertThat(backordered.path("products")).hasSize(2);
            assertThat(backordered.path("fulfiller").asText()).isEqualTo("DR globalTech");

            assertOutcome(service.postSigned(Fixtures.bytes(Fixtures.FULFILLER_MANAGED)), 200, "applied");
            JsonNode widget = item(service, "/api/v1/inventory/WIDGET-BLUE-01");
            assertThat(widget.path("mode").asText()).isEqualTo("live");
            assertThat(widget.path("quantity").asLong()).isEqualTo(240);
            assertThat(widget.path("managementType").asText()).isEqualTo("fulfiller-managed");
            assertThat(widget.path("products").get(0).path("externalReferenceId").isNull()).isTrue();
            assertThat(widget.path("products").get(0).path("productId").asText()).isEqualTo("15116730001");

            assertOutcome(service.postSigned(Fixtures.bytes(Fixtures.UNRELATED)), 200, "ignored");

            assertOutcome(service.postSigned(Fixtures.bytes(Fixtures.RESTOCK_2_TO_50)), 200, "duplicate");
            assertThat(item(service, "/api/v1/inventory/CCC?mode=test").path("quantity").asLong()).isZero();

            assertThat(service.get("/api/v1/inventory/CCC").statusCode()).isEqualTo(404);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void an_older_delivery_after_a_newer_one_is_stale_and_changes_nothing(String store) throws Exception {
        try (RunningStockkeeper service = start(store)) {
            assertOutcome(service.postSigned(Fixtures.bytes(Fixtures.RESTOCK_2_TO_50)), 200, "applied");
            assertOutcome(service.postSigned(Fixtures.bytes(Fixtures.UPDATED)), 200, "stale");

            assertThat(item(service, "/api/v1/inventory/CCC?mode=test").path("quantity").asLong()).isEqualTo(50);
            JsonNode stored = JSON.readTree(service.get("/api/v1/events/daee8406-0d87-4c42-aced-18c6fa74584d").body());
            assertThat(stored.path("outcome").asText()).isEqualTo("stale");
        }
    }

    private static JsonNode item(RunningStockkeeper service, String path) throws Exception {
        HttpResponse<String> response = service.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static void assertOutcome(HttpResponse<String> response, int status, String outcome) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).path("outcome").asText()).isEqualTo(outcome);
    }
}
