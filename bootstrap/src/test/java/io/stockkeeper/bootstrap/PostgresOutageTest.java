package io.stockkeeper.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockkeeper.adapters.persistence.TestDatabases;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The database connection breaks while deliveries stream in: those that could not be stored get 503
 * with Retry-After and leave nothing behind; every 2xx is stored; once the network is back, the
 * redelivered events are applied and every item ends at its newest state.
 */
class PostgresOutageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ITEMS = 5;
    private static final int EVENTS = 120;

    private static String event(int n) {
        return "{\"id\":\"outage-" + n + "\",\"type\":\"inventory.self_managed_updated\",\"data\":{\"object\":{"
                + "\"quantity\":" + (1000 + n) + ",\"timestamp\":\"2024-03-01T00:00:" + String.format("%02d", n % 60)
                + "." + String.format("%03d", n) + "Z\",\"partNumber\":\"P-" + (n % ITEMS) + "\",\"products\":[],"
                + "\"allowBackOrder\":false},\"previousAttributes\":{}},\"liveMode\":true,"
                + "\"createdTime\":\"2024-03-01T00:01:00Z\"}";
    }

    @Test
    void a_broken_database_connection_gives_503s_loses_nothing_and_recovers() throws Exception {
        TestDatabases.PostgresSchema schema = TestDatabases.postgresSchema();
        URI base = URI.create(schema.url().substring("jdbc:".length()));
        try (TcpProxy proxy = new TcpProxy(base.getHost(), base.getPort());
                RunningStockkeeper service = RunningStockkeeper.start(
                        schema.url().replace(":" + base.getPort() + "/", ":" + proxy.port() + "/"),
                        Map.of(Config.DB_USER, TestDatabases.PG_USER), schema, Clock.systemUTC())) {
            Map<Integer, Integer> statuses = new HashMap<>();
            ExecutorService senders = Executors.newFixedThreadPool(4);
            List<Future<int[]>> results = new ArrayList<>();
            for (int n = 0; n < EVENTS; n++) {
                int eventNumber = n;
                if (n == EVENTS / 3) {
                    drain(results, statuses);
                    proxy.cut();
                }
                if (n == 2 * EVENTS / 3) {
                    drain(results, statuses);
                    proxy.restore();
                }
                results.add(senders.submit(() -> new int[] {eventNumber,
                        post(service, event(eventNumber)).statusCode()}));
            }
            drain(results, statuses);
            senders.shutdown();
            assertThat(senders.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

            assertThat(statuses.values()).containsOnly(200, 503).contains(503).contains(200);
            Set<String> stored = storedEventIds(schema.url());
            Set<String> rejected = new HashSet<>();
            statuses.forEach((n, status) -> {
                if (status == 200) {
                    assertThat(stored).as("acknowledged event %d is stored", n).contains("outage-" + n);
                } else {
                    rejected.add("outage-" + n);
                }
            });
            assertThat(rejected).as("a 503 leaves nothing behind").doesNotContainAnyElementsOf(stored);

            for (String id : rejected) {
                int n = Integer.parseInt(id.substring("outage-".length()));
                HttpResponse<String> retry = post(service, event(n));
                assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
            }
            assertThat(storedEventIds(schema.url())).hasSize(EVENTS);
            for (int item = 0; item < ITEMS; item++) {
                int newest = newestEventFor(item);
                assertThat(JSON.readTree(service.get("/api/v1/inventory/P-" + item).body()).path("quantity").asLong())
                        .as("item P-%d ends at its newest change", item).isEqualTo(1000 + newest);
            }
        }
    }

    private static int newestEventFor(int item) {
        int newest = -1;
        String newestKey = "";
        for (int n = item; n < EVENTS; n += ITEMS) {
            String key = String.format("%02d.%03d", n % 60, n);
            if (key.compareTo(newestKey) > 0) {
                newestKey = key;
                newest = n;
            }
        }
        return newest;
    }

    private static HttpResponse<String> post(RunningStockkeeper service, String body) {
        HttpResponse<String> response = service.postSigned(body.getBytes(StandardCharsets.UTF_8));
        if (response.statusCode() == 503) {
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            assertThat(response.body()).contains("\"status\":503");
        }
        return response;
    }

    private static void drain(List<Future<int[]>> results, Map<Integer, Integer> statuses) throws Exception {
        for (Future<int[]> result : results) {
            int[] outcome = result.get(1, TimeUnit.MINUTES);
            statuses.put(outcome[0], outcome[1]);
        }
        results.clear();
    }

    private static Set<String> storedEventIds(String url) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(url, TestDatabases.PG_USER, TestDatabases.PG_PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT id FROM received_event")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
