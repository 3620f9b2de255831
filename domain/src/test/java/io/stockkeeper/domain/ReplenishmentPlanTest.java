package io.stockkeeper.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ReplenishmentPlanTest {

    @Test
    void textbook_example_safety_stock_reorder_point_and_pack_rounded_order() {
        // d = 10/day, σd = 3, L = 4 ± 1 days, 95 % → z = 1.6449; SS = z·√(4·9 + 100·1) = 1.6449·√136 = 19.18
        ReplenishmentPolicy policy = new ReplenishmentPolicy(4, 1, 0.95, 12, 7);
        ReplenishmentPlan plan = ReplenishmentPlan.of(50, new DemandEstimate(10, 3, 28, 280), policy,
                Lifecycle.ACTIVE);

        assertThat(plan.safetyStock()).isCloseTo(1.6448536 * Math.sqrt(136), within(1e-5));
        assertThat(plan.leadTimeDemand()).isEqualTo(40.0);
        assertThat(plan.reorderPoint()).isEqualTo(60);           // ⌈40 + 19.18⌉
        assertThat(plan.orderUpTo()).isEqualTo(130);             // ⌈59.18 + 70⌉
        assertThat(plan.suggestedQuantity()).isEqualTo(84);      // 80 rounded up to packs of 12
        assertThat(plan.daysOfCover()).isEqualTo(5.0);
        assertThat(plan.reorderNeeded()).isTrue();
        assertThat(plan.reason()).contains("quantity 50 is at or below reorder point 60").contains("5.0 days of cover");
    }

    @Test
    void the_inverse_normal_matches_known_quantiles() {
        assertThat(NormalDistribution.inverseCdf(0.5)).isZero();
        assertThat(NormalDistribution.inverseCdf(0.95)).isCloseTo(1.6448536, within(1e-6));
        assertThat(NormalDistribution.inverseCdf(0.99)).isCloseTo(2.3263479, within(1e-6));
        assertThat(NormalDistribution.inverseCdf(0.9999)).isCloseTo(3.7190165, within(1e-6));
    }

    @Property
    void more_demand_never_lowers_the_reorder_point(@ForAll("demand") DemandEstimate demand,
            @ForAll @DoubleRange(min = 0, max = 50) double extra, @ForAll("policy") ReplenishmentPolicy policy) {
        DemandEstimate more = new DemandEstimate(demand.meanDaily() + extra, demand.stdDevDaily(), 28, 0);

        assertThat(ReplenishmentPlan.of(0, more, policy, Lifecycle.ACTIVE).reorderPoint())
                .isGreaterThanOrEqualTo(ReplenishmentPlan.of(0, demand, policy, Lifecycle.ACTIVE).reorderPoint());
    }

    @Property
    void a_higher_service_level_or_more_variability_never_lowers_the_reorder_point(
            @ForAll("demand") DemandEstimate demand, @ForAll("policy") ReplenishmentPolicy policy,
            @ForAll @DoubleRange(min = 0, max = 0.4) double moreService, @ForAll @DoubleRange(min = 0, max = 20) double moreSd) {
        ReplenishmentPolicy stricter = new ReplenishmentPolicy(policy.leadTimeDays(), policy.leadTimeStdDevDays(),
                Math.min(0.9999, policy.serviceLevel() + moreService), policy.packSize(), policy.reviewPeriodDays());
        DemandEstimate noisier = new DemandEstimate(demand.meanDaily(), demand.stdDevDaily() + moreSd, 28, 0);
        long base = ReplenishmentPlan.of(0, demand, policy, Lifecycle.ACTIVE).reorderPoint();

        assertThat(ReplenishmentPlan.of(0, demand, stricter, Lifecycle.ACTIVE).reorderPoint()).isGreaterThanOrEqualTo(base);
        assertThat(ReplenishmentPlan.of(0, noisier, policy, Lifecycle.ACTIVE).reorderPoint()).isGreaterThanOrEqualTo(base);
    }

    @Property
    void a_suggestion_is_whole_packs_and_reaches_the_order_up_to_level(@ForAll("demand") DemandEstimate demand,
            @ForAll("policy") ReplenishmentPolicy policy, @ForAll @LongRange(min = -500, max = 2000) long quantity) {
        ReplenishmentPlan plan = ReplenishmentPlan.of(quantity, demand, policy, Lifecycle.ACTIVE);

        assertThat(plan.suggestedQuantity() % policy.packSize()).isZero();
        assertThat(plan.reorderPoint()).isLessThanOrEqualTo(plan.orderUpTo());
        if (plan.reorderNeeded()) {
            assertThat(quantity + plan.suggestedQuantity()).isGreaterThanOrEqualTo(plan.orderUpTo());
            assertThat(quantity + plan.suggestedQuantity() - policy.packSize()).isLessThan(plan.orderUpTo());
        }
    }

    @Property
    void a_paused_or_discontinued_item_never_needs_reordering(@ForAll("demand") DemandEstimate demand,
            @ForAll("policy") ReplenishmentPolicy policy, @ForAll @LongRange(min = -500, max = 2000) long quantity) {
        assertThat(ReplenishmentPlan.of(quantity, demand, policy, Lifecycle.PAUSED).reorderNeeded()).isFalse();
        assertThat(ReplenishmentPlan.of(quantity, demand, policy, Lifecycle.DISCONTINUED).reorderNeeded()).isFalse();
    }

    @Provide
    Arbitrary<DemandEstimate> demand() {
        return Combinators.combine(Arbitraries.doubles().between(0, 200), Arbitraries.doubles().between(0, 50))
                .as((mean, sd) -> new DemandEstimate(mean, sd, 28, 0));
    }

    @Provide
    Arbitrary<ReplenishmentPolicy> policy() {
        return Combinators.combine(Arbitraries.doubles().between(0, 60), Arbitraries.doubles().between(0, 10),
                        Arbitraries.doubles().between(0.5, 0.9999).ofScale(4), Arbitraries.longs().between(1, 48),
                        Arbitraries.doubles().between(0, 30))
                .as(ReplenishmentPolicy::new);
    }
}
