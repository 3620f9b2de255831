package io.stockkeeper.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockkeeper.adapters.persistence.TestDatabases;
import io.stockkeeper.application.testing.Fixtures;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What was acknowledged is there after a restart, and redeliveries after it are still duplicates. */
class RestartTest {

    @Test
    void stock_and_the_event_log_survive_a_restart_on_the_same_h2_file() throws Exception {
        Path folder = TestDatabases.tempFolder("stockkeeper-restart-");
        String url = TestDatabases.h2Url(folder);

        try (RunningStockkeeper first = RunningStockkeeper.start(url, Map.of(), () -> { }, Clock.systemUTC())) {
            FixturesEndToEndTest.assertOutcome(first.postSigned(Fixtures.bytes(Fixtures.UPDATED)), 200, "applied");
            FixturesEndToEndTest.assertOutcome(first.postSigned(Fixtures.bytes(Fixtures.RESTOCK_2_TO_50)), 200,
                    "applied");
        }

        try (RunningStockkeeper second = RunningStockkeeper.start(url, Map.of(), () -> { }, Clock.systemUTC())) {
            assertThat(second.get("/api/v1/inventory/CCC?mode=test").body()).contains("\"quantity\":50");
            FixturesEndToEndTest.assertOutcome(second.postSigned(Fixtures.bytes(Fixtures.RESTOCK_2_TO_50)), 200,
                    "duplicate");
        }
    }
}
