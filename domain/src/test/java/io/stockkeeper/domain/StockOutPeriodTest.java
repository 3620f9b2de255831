package io.stockkeeper.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StockOutPeriodTest {

    private static final ItemKey KEY = ItemKey.of(Mode.LIVE, "P");

    private static Movement line(long seq, String at, long after) {
        return new Movement(KEY, seq, MovementKind.DECREASE, 0, after, "e" + seq, Instant.parse(at), false);
    }

    private final List<Movement> ledger = List.of(
            line(1, "2024-02-01T00:00:00Z", 5),
            line(2, "2024-02-02T00:00:00Z", 0),
            line(3, "2024-02-02T06:00:00Z", -2),
            line(4, "2024-02-03T00:00:00Z", 10),
            line(5, "2024-02-05T00:00:00Z", 0));

    @Test
    void periods_run_from_the_line_that_took_stock_to_zero_to_the_one_that_brought_it_back() {
        List<StockOutPeriod> periods = StockOutPeriod.in(ledger);

        assertThat(periods).containsExactly(
                new StockOutPeriod(Instant.parse("2024-02-02T00:00:00Z"), Instant.parse("2024-02-03T00:00:00Z")),
                new StockOutPeriod(Instant.parse("2024-02-05T00:00:00Z"), null));
        assertThat(periods.get(0).length(Instant.MAX)).isEqualTo(Duration.ofDays(1));
        assertThat(periods.get(1).length(Instant.parse("2024-02-06T12:00:00Z"))).isEqualTo(Duration.ofHours(36));
    }

    @Test
    void the_quantity_at_a_point_in_time_is_the_last_line_at_or_before_it() {
        assertThat(StockOutPeriod.quantityAt(ledger, Instant.parse("2024-01-31T00:00:00Z"))).isEmpty();
        assertThat(StockOutPeriod.quantityAt(ledger, Instant.parse("2024-02-02T06:00:00Z"))).hasValue(-2);
        assertThat(StockOutPeriod.quantityAt(ledger, Instant.parse("2024-02-04T00:00:00Z"))).hasValue(10);
    }
}
