package io.stockkeeper.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockkeeper.adapters.persistence.TestDatabases;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Readiness follows the database: the service reaches PostgreSQL through a proxy that the test cuts and
 * restores. While cut, {@code /health/ready} answers 503 and liveness stays 200; once restored, readiness
 * recovers without a restart.
 */
class PostgresReadinessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readiness_fails_while_the_database_is_unreachable_and_recovers_by_itself() throws Exception {
        try (TestDatabases.PostgresSchema schema = TestDatabases.postgresSchema()) {
            URI base = URI.create(schema.url().substring("jdbc:".length()));
            try (TcpProxy proxy = new TcpProxy(base.getHost(), base.getPort());
                    RunningStockkeeper service = RunningStockkeeper.start(
                            schema.url().replace(":" + base.getPort() + "/", ":" + proxy.port() + "/"),
                            Map.of(Config.DB_USER, TestDatabases.PG_USER), () -> { }, Clock.systemUTC())) {
                HttpResponse<String> up = service.get("/health/ready");
                assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
                assertThat(JSON.readTree(up.body()).path("checks").path("database").asText()).isEqualTo("UP");
                assertThat(JSON.readTree(up.body()).path("checks").path("migrations").asText()).isEqualTo("UP");

                proxy.cut();

                HttpResponse<String> down = service.get("/health/ready");
                assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
                assertThat(down.headers().firstValue("Content-Type")).get().asString()
                        .startsWith("application/problem+json");
                JsonNode problem = JSON.readTree(down.body());
                assertThat(problem.path("detail").asText()).isEqualTo("database: cannot be reached");
                assertThat(problem.path("checks").path("migrations").asText()).isEqualTo("NOT_CHECKED");
                assertThat(service.get("/health/live").statusCode()).isEqualTo(200);

                proxy.restore();

                assertThat(readyWithin(service, Duration.ofSeconds(30))).isEqualTo(200);
            }
        }
    }

    /** Polls as a load balancer would; the bound only keeps a broken build from hanging. */
    private static int readyWithin(RunningStockkeeper service, Duration bound) throws InterruptedException {
        Instant deadline = Instant.now().plus(bound);
        int status = service.get("/health/ready").statusCode();
        while (status != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = service.get("/health/ready").statusCode();
        }
        return status;
    }
}
