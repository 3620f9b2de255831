package io.stockkeeper.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockkeeper.adapters.http.webhook.SignatureVerifier;
import io.stockkeeper.application.testing.Fixtures;
import io.stockkeeper.bootstrap.RunningStockkeeper;
import io.stockkeeper.bootstrap.TestEvents;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An operator's view of a running service: after a mix of deliveries, {@code /metrics} counts each
 * outcome, rejection, gap and item status, and the log has one line per delivery without bodies or secrets.
 */
class MetricsAndLogsEndToEndTest {

    private static final String SELF_MANAGED = "inventory.self_managed_updated";

    @Test
    void metrics_count_what_happened_to_each_delivery() throws Exception {
        try (RunningStockkeeper service = RunningStockkeeper.onH2(Map.of())) {
            deliverMix(service);

            HttpResponse<String> response = service.get("/metrics");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
            PrometheusText metrics = new PrometheusText(response.body());
            assertThat(received(metrics, SELF_MANAGED, "applied")).isEqualTo(3.0);
            assertThat(received(metrics, "inventory.fulfiller_managed_updated", "applied")).isEqualTo(1.0);
            assertThat(received(metrics, SELF_MANAGED, "duplicate")).isEqualTo(1.0);
            assertThat(received(metrics, SELF_MANAGED, "stale")).isEqualTo(1.0);
            assertThat(received(metrics, "order.accepted", "ignored")).isEqualTo(1.0);
            assertThat(received(metrics, SELF_MANAGED, "quarantined")).isEqualTo(1.0);
            assertThat(metrics.value("stockkeeper_events_rejected_total", Map.of("reason", "invalid-signature")))
                    .contains(1.0);
            assertThat(metrics.value("stockkeeper_events_rejected_total", Map.of("reason", "malformed-event")))
                    .contains(1.0);
            assertThat(metrics.value("stockkeeper_signature_failures_total")).contains(1.0);
            // UPDATED leaves CCC at 1; the restock says it was 2 before: one change was missed.
            assertThat(metrics.value("stockkeeper_gaps_detected_total")).contains(1.0);
            assertThat(metrics.value("stockkeeper_intake_latency_seconds_count", Map.of("status", "200")))
                    .contains(7.0);
            assertThat(metrics.value("stockkeeper_intake_latency_seconds_count", Map.of("status", "202")))
                    .contains(1.0);
            assertThat(metrics.value("stockkeeper_intake_latency_seconds_count", Map.of("status", "401")))
                    .contains(1.0);
            assertThat(metrics.hasSeriesStartingWith("stockkeeper_intake_latency_seconds_bucket{")).isTrue();
            // Every delivery intake took carried a createdTime: 7 answered 200 and the quarantined one.
            assertThat(metrics.value("stockkeeper_delivery_lag_seconds_count")).contains(8.0);
            // The fixtures were created in 2024: the lag is at least a year.
            assertThat(metrics.value("stockkeeper_delivery_lag_seconds_max").orElseThrow())
                    .isGreaterThan(365 * 24 * 3600.0);
            assertThat(metrics.value("stockkeeper_items", Map.of("mode", "test", "status", "OUT_OF_STOCK")))
                    .contains(1.0);
            assertThat(metrics.value("stockkeeper_items", Map.of("mode", "live", "status", "IN_STOCK")))
                    .contains(1.0);
            assertThat(metrics.value("stockkeeper_items", Map.of("mode", "live", "status", "BACKORDER")))
                    .contains(0.0);
            assertThat(metrics.value("stockkeeper_hikaricp_connections_max", Map.of("pool", "stockkeeper")))
                    .contains(10.0);
            assertThat(metrics.hasSeriesStartingWith("stockkeeper_jvm_memory_used_bytes{")).isTrue();
            assertThat(metrics.hasSeriesStartingWith("stockkeeper_jvm_threads_live_threads")).isTrue();
            assertThat(response.body().lines().filter(line -> !line.startsWith("#")))
                    .allSatisfy(line -> assertThat(line).startsWith("stockkeeper_"));
        }
    }

    @Test
    void one_info_line_per_delivery_with_id_type_outcome_and_duration_and_never_a_body_or_secret()
            throws Exception {
        try (RunningStockkeeper service = RunningStockkeeper.onH2(Map.of());
                LogCapture log = new LogCapture()) {
            deliverMix(service);

            List<String> deliveries = log.lines().stream().filter(line -> line.contains(" delivery event=")).toList();
            assertThat(deliveries).hasSize(8);
            assertThat(deliveries).allSatisfy(line -> assertThat(line)
                    .startsWith("INFO io.stockkeeper.delivery delivery event=")
                    .contains(" type=", " outcome=", " durationMs="));
            assertThat(deliveries).anySatisfy(line -> assertThat(line)
                    .contains("event=5b0f6c1e-7d2a-4e8b-9a41-2f3c8d9e0a11 type=" + SELF_MANAGED + " outcome=applied")
                    .contains(" gap=true"));
            List<String> rejections = log.lines().stream().filter(line -> line.contains(" delivery rejected")).toList();
            assertThat(rejections).hasSize(2);
            assertThat(rejections).anySatisfy(line -> assertThat(line).startsWith("WARN ")
                    .contains("reason=invalid-signature status=401"));
            assertThat(log.lines()).allSatisfy(line -> assertThat(line)
                    .doesNotContain(RunningStockkeeper.SECRET)
                    .doesNotContain("previousAttributes")
                    .doesNotContain("DR globalTech"));
        }
    }

    private static Double received(PrometheusText metrics, String type, String outcome) {
        return metrics.value("stockkeeper_events_received_total", Map.of("type", type, "outcome", outcome))
                .orElse(0.0);
    }

    /** 7 answered 200, 1 quarantined (202), 1 bad signature (401), 1 not an event (400). */
    static void deliverMix(RunningStockkeeper service) {
        assertStatus(service.postSigned(Fixtures.bytes(Fixtures.UPDATED)), 200);
        assertStatus(service.postSigned(Fixtures.bytes(Fixtures.RESTOCK_2_TO_50)), 200);
        assertStatus(service.postSigned(Fixtures.bytes(Fixtures.SET_TO_ZERO)), 200);
        assertStatus(service.postSigned(Fixtures.bytes(Fixtures.FULFILLER_MANAGED)), 200);
        assertStatus(service.postSigned(Fixtures.bytes(Fixtures.UNRELATED)), 200);
        assertStatus(service.postSigned(Fixtures.bytes(Fixtures.SET_TO_ZERO)), 200);
        assertStatus(service.postSigned(TestEvents.stockChange("old-one", "CCC", 7, 6,
                Instant.parse("2020-01-01T00:00:00Z"))), 200);
        assertStatus(service.postSigned(TestEvents.withoutPartNumber("no-part-number")), 202);
        byte[] body = Fixtures.bytes(Fixtures.BACKORDER_ENABLED);
        assertStatus(service.send(HttpRequest.newBuilder(service.uri("/webhooks/digital-river"))
                .header("Content-Type", "application/json")
                .header(SignatureVerifier.HEADER, SignatureVerifier.header("not-the-secret", Instant.now(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build()), 401);
        assertStatus(service.postSigned("[1,2,3]".getBytes(StandardCharsets.UTF_8)), 400);
    }

    private static void assertStatus(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    }
}
