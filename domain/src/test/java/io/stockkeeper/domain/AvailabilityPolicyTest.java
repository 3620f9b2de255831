package io.stockkeeper.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AvailabilityPolicyTest {

    private static final AvailabilityPolicy LOW_5_STOP_2_CAP_10 = new AvailabilityPolicy(5, 2, BackorderCap.of(10));

    @ParameterizedTest(name = "quantity {0}, backorders {1} -> {2}, sellable {3}")
    @CsvSource({
        "100, false, IN_STOCK, 98",
        "6, false, IN_STOCK, 4",
        "5, false, LOW_STOCK, 3",
        "3, false, LOW_STOCK, 1",
        "2, false, OUT_OF_STOCK, 0",
        "0, false, OUT_OF_STOCK, 0",
        "-4, false, OUT_OF_STOCK, 0",
        "100, true, IN_STOCK, 110",
        "5, true, LOW_STOCK, 15",
        "2, true, BACKORDER, 12",
        "0, true, BACKORDER, 10",
        "-9, true, BACKORDER, 1",
        "-10, true, OUT_OF_STOCK, 0",
        "-25, true, OUT_OF_STOCK, 0",
    })
    void status_and_sellable_quantity_follow_thresholds_and_the_backorder_cap(long quantity, boolean backorders,
            Availability status, long sellable) {
        StockLevel level = LOW_5_STOP_2_CAP_10.evaluate(quantity, backorders);

        assertThat(level.status()).isEqualTo(status);
        assertThat(level.sellableQuantity()).hasValue(sellable);
    }

    @Test
    void unlimited_backorders_sell_without_limit_even_far_below_zero() {
        AvailabilityPolicy policy = new AvailabilityPolicy(5, 0, BackorderCap.unlimited());

        assertThat(policy.evaluate(-1_000_000, true)).isEqualTo(new StockLevel(Availability.BACKORDER,
                OptionalLong.empty()));
        assertThat(policy.evaluate(0, false)).isEqualTo(new StockLevel(Availability.OUT_OF_STOCK, OptionalLong.of(0)));
    }

    @Test
    void a_low_stock_threshold_below_the_out_of_stock_threshold_is_rejected() {
        assertThatThrownBy(() -> new AvailabilityPolicy(1, 3, BackorderCap.unlimited()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("low-stock threshold");
        assertThatThrownBy(() -> BackorderCap.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void sellable_quantity_never_negative_and_zero_exactly_when_out_of_stock(
            @ForAll @LongRange(min = -1000, max = 1000) long quantity, @ForAll boolean backorders,
            @ForAll @LongRange(min = 0, max = 50) long outOfStock, @ForAll @LongRange(min = 0, max = 50) long extraLow,
            @ForAll @LongRange(min = 0, max = 100) long cap) {
        StockLevel level = new AvailabilityPolicy(outOfStock + extraLow, outOfStock, BackorderCap.of(cap))
                .evaluate(quantity, backorders);

        long sellable = level.sellableQuantity().orElseThrow();
        assertThat(sellable).isNotNegative();
        assertThat(sellable == 0).isEqualTo(level.status() == Availability.OUT_OF_STOCK);
    }

    @Property
    void more_stock_never_makes_an_item_less_available(@ForAll @LongRange(min = -500, max = 500) long quantity,
            @ForAll boolean backorders) {
        AvailabilityPolicy policy = LOW_5_STOP_2_CAP_10;

        long now = policy.evaluate(quantity, backorders).sellableQuantity().orElseThrow();
        long more = policy.evaluate(quantity + 1, backorders).sellableQuantity().orElseThrow();

        assertThat(more).isGreaterThanOrEqualTo(now);
    }
}
