package io.stockkeeper.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemandEstimateTest {

    private static final ItemKey KEY = ItemKey.of(Mode.LIVE, "P");
    private static final LocalDate DAY = LocalDate.parse("2024-03-01");

    private final List<Movement> ledger = new ArrayList<>();
    private long quantity;

    private void at(String instant, MovementKind kind, long to) {
        ledger.add(new Movement(KEY, ledger.size() + 1, kind, to - quantity, to, "e" + ledger.size(),
                Instant.parse(instant), false));
        quantity = to;
    }

    @Test
    void daily_sales_over_the_window_give_mean_and_sample_deviation() {
        at("2024-02-20T08:00:00Z", MovementKind.RECEIPT, 100);   // before the window: the starting quantity
        at("2024-02-27T10:00:00Z", MovementKind.DECREASE, 96);   // day 1: 4
        at("2024-02-28T10:00:00Z", MovementKind.DECREASE, 94);   // day 2: 2
        at("2024-02-28T12:00:00Z", MovementKind.RECEIPT, 120);   // receipts are not demand
        at("2024-02-29T10:00:00Z", MovementKind.DECREASE, 114);  // day 3: 6 (day 4 sells nothing)

        DemandEstimate estimate = DemandEstimate.over(ledger, DAY, 4);

        assertThat(estimate.countedDays()).isEqualTo(4);
        assertThat(estimate.units()).isEqualTo(12);
        assertThat(estimate.meanDaily()).isEqualTo(3.0);
        assertThat(estimate.stdDevDaily()).isCloseTo(Math.sqrt((1 + 1 + 9 + 9) / 3.0), within(1e-12));
    }

    @Test
    void days_out_of_stock_resets_corrections_and_days_before_the_item_existed_are_left_out() {
        at("2024-02-26T10:00:00Z", MovementKind.RECEIPT, 20);    // first sighting: day 2024-02-26 is partial
        at("2024-02-27T10:00:00Z", MovementKind.DECREASE, 15);   // counted: 5
        at("2024-02-28T10:00:00Z", MovementKind.DECREASE, 0);    // sold out: the day does not count
        at("2024-02-29T09:00:00Z", MovementKind.RECEIPT, 30);    // starts the day at 0: does not count
        ledger.add(new Movement(KEY, 99, MovementKind.DECREASE, -7, 23, "c", Instant.parse("2024-02-29T12:00:00Z"),
                true));

        DemandEstimate estimate = DemandEstimate.over(ledger, DAY, 5);

        assertThat(estimate.countedDays()).isEqualTo(1);
        assertThat(estimate.meanDaily()).isEqualTo(5.0);
        assertThat(estimate.stdDevDaily()).isZero();
    }

    @Test
    void no_counted_day_means_no_demand() {
        assertThat(DemandEstimate.over(List.of(), DAY, 28)).isEqualTo(DemandEstimate.NONE);
    }
}
