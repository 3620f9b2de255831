package io.stockkeeper.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockkeeper.application.port.in.ChangeItemPolicyCommand;
import io.stockkeeper.application.port.in.GetInventoryItemQuery;
import io.stockkeeper.application.port.in.ItemView;
import io.stockkeeper.application.port.in.ListMovementsQuery;
import io.stockkeeper.application.port.in.MarkCorrectionCommand;
import io.stockkeeper.application.port.in.ReorderLine;
import io.stockkeeper.application.port.in.ReorderListQuery;
import io.stockkeeper.domain.Availability;
import io.stockkeeper.domain.InventoryUpdate;
import io.stockkeeper.domain.ItemPolicy;
import io.stockkeeper.domain.Lifecycle;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.Movement;
import io.stockkeeper.domain.MovementKind;
import io.stockkeeper.domain.PolicyDefaults;
import io.stockkeeper.domain.StockOutPeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Replays a generated month of Digital River events for many items (sales, restocks, zero resets,
 * backorder switches, missed events, duplicates, out-of-order deliveries, lifecycle and reorder
 * policies, corrections) through the real use cases, and checks statuses, every ledger line, stock-out
 * periods and the reorder list against a model written from the specification, independently of the
 * domain code.
 */
public abstract class MonthReplayContract {

    private static final Instant START = Instant.parse("2024-03-01T00:00:00Z");
    private static final int DAYS = 30;
    private static final long RESET_MINIMUM_DROP = 10;
    private static final double Z_95 = 1.6448536269514722;

    protected abstract PortsUnderTest freshPorts();

    /** How many items the month is generated for. */
    protected abstract int items();

    /** One generated change, and whether it was ever delivered. */
    private record Event(String part, long quantity, long previous, boolean backorders, Instant at, String id) {
        InventoryUpdate update() {
            return TestUpdates.update(part, quantity, at, id, OptionalLong.of(previous), backorders);
        }
    }

    /** A ledger line as the model expects it. */
    private record Line(MovementKind kind, long delta, long after, Instant at) {
    }

    /** Per-item settings the merchant chose. */
    private record Setting(Lifecycle lifecycle, long lowStock, double leadTime, long pack) {
    }

    @Test
    void a_replayed_month_matches_the_independent_model() {
        Random random = new Random(20240301L);
        Brain brain = new Brain(freshPorts(), PolicyDefaults.standard());
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < items(); i++) {
            parts.add(String.format("P%03d", i));
        }

        // The month as it happened, item by item.
        Map<String, List<Event>> happened = new HashMap<>();
        for (String part : parts) {
            happened.put(part, generate(part, random));
        }

        // Model state, fed in delivery order.
        Map<String, Long> held = new HashMap<>();
        Map<String, Boolean> backorders = new HashMap<>();
        Map<String, Instant> lastApplied = new HashMap<>();
        Map<String, List<Line>> lines = new HashMap<>();
        Set<String> seen = new HashSet<>();

        // The first change of every item comes in order; then the merchant sets policies.
        for (String part : parts) {
            Event first = happened.get(part).get(0);
            brain.receive(first.update());
            modelApply(first, held, backorders, lastApplied, lines, seen);
        }
        Map<String, Setting> settings = new HashMap<>();
        brain.clock.set(START.plus(Duration.ofMinutes(30)));
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            Setting setting = new Setting(i % 10 == 0 ? Lifecycle.DISCONTINUED : i % 10 == 1 ? Lifecycle.PAUSED
                    : Lifecycle.ACTIVE, i % 7 == 0 ? 15 : 5, i % 3 == 0 ? 3 : 7, i % 3 == 0 ? 6 : 1);
            settings.put(part, setting);
            if (i % 10 < 2 || i % 7 == 0 || i % 3 == 0) {
                brain.policies.change(new ChangeItemPolicyCommand(TestUpdates.key(part), new ItemPolicy(
                        setting.lifecycle(), setting.lowStock() == 5 ? null : setting.lowStock(), null, null,
                        setting.leadTime() == 7 ? null : setting.leadTime(), null, null,
                        setting.pack() == 1 ? null : setting.pack(), null)));
                Instant at = START.plus(Duration.ofMinutes(30));
                lines.get(part).add(new Line(MovementKind.POLICY_CHANGE, 0, held.get(part), at));
            }
        }

        // The rest arrives as Digital River delivers: some lost, some twice, some out of order.
        List<Event> deliveries = new ArrayList<>();
        for (String part : parts) {
            for (Event event : happened.get(part).subList(1, happened.get(part).size())) {
                if (random.nextInt(100) < 3) {
                    continue;
                }
                deliveries.add(event);
                if (random.nextInt(100) < 10) {
                    deliveries.add(event);
                }
            }
        }
        deliveries.sort(Comparator.comparing(Event::at));
        for (int i = 1; i < deliveries.size(); i++) {
            if (random.nextInt(100) < 10) {
                Collections.swap(deliveries, i - 1, i);
            }
        }
        for (Event event : deliveries) {
            brain.receive(event.update());
            modelApply(event, held, backorders, lastApplied, lines, seen);
        }

        // A merchant marks a few decreases as corrections.
        for (int i = 0; i < parts.size(); i += 11) {
            String part = parts.get(i);
            List<Movement> ledger = brain.movements.movements(new ListMovementsQuery(TestUpdates.key(part), 0, 1000));
            for (int l = 0; l < ledger.size(); l++) {
                if (ledger.get(l).kind() == MovementKind.DECREASE && l % 4 == 0) {
                    brain.movements.mark(new MarkCorrectionCommand(ledger.get(l).key(), ledger.get(l).sequence(), true));
                    corrected.add(part + "#" + l);
                }
            }
        }

        for (String part : parts) {
            checkItem(brain, part, held.get(part), backorders.get(part), settings.get(part), lines.get(part));
        }
        checkReorderList(brain, parts, settings, lines, held);
    }

    private final Set<String> corrected = new HashSet<>();

    private List<Event> generate(String part, Random random) {
        List<Event> events = new ArrayList<>();
        long quantity = 20 + random.nextInt(80);
        boolean backorders = random.nextInt(5) == 0;
        int counter = 0;
        events.add(new Event(part, quantity, 0, backorders, START.plusSeconds(counter), part + "-" + counter++));
        for (int day = 0; day < DAYS; day++) {
            int changes = random.nextInt(5);
            List<Integer> seconds = new ArrayList<>();
            while (seconds.size() < changes) {
                int second = 3600 + random.nextInt(80_000);
                if (!seconds.contains(second)) {
                    seconds.add(second);
                }
            }
            Collections.sort(seconds);
            for (int second : seconds) {
                long previous = quantity;
                int roll = random.nextInt(100);
                if (roll < 65) {
                    long sold = 1 + random.nextInt(6);
                    quantity = backorders ? quantity - sold : Math.max(0, quantity - sold);
                } else if (roll < 80) {
                    quantity = Math.max(quantity, 0) + 20 + random.nextInt(100);
                } else if (roll < 88) {
                    quantity = 0;
                } else {
                    backorders = !backorders;
                }
                Instant at = START.plus(Duration.ofDays(day)).plusSeconds(second);
                events.add(new Event(part, quantity, previous, backorders, at, part + "-" + counter++));
            }
        }
        return events;
    }

    private static void modelApply(Event event, Map<String, Long> held, Map<String, Boolean> backorders,
            Map<String, Instant> lastApplied, Map<String, List<Line>> lines, Set<String> seen) {
        if (!seen.add(event.id())) {
            return;
        }
        String part = event.part();
        List<Line> ledger = lines.computeIfAbsent(part, p -> new ArrayList<>());
        long base;
        if (!held.containsKey(part)) {
            base = event.previous();
            if (base != 0) {
                ledger.add(new Line(classify(0, base), base, base, event.at()));
            }
        } else {
            if (!event.at().isAfter(lastApplied.get(part))) {
                return;
            }
            base = event.previous();
            if (base != held.get(part)) {
                ledger.add(new Line(MovementKind.GAP, base - held.get(part), base, event.at()));
            }
        }
        ledger.add(new Line(classify(base, event.quantity()), event.quantity() - base, event.quantity(), event.at()));
        held.put(part, event.quantity());
        backorders.put(part, event.backorders());
        lastApplied.put(part, event.at());
    }

    private static MovementKind classify(long from, long to) {
        if (to > from) {
            return MovementKind.RECEIPT;
        }
        if (to == from) {
            return MovementKind.POLICY_CHANGE;
        }
        return to == 0 && from >= RESET_MINIMUM_DROP ? MovementKind.RESET_TO_ZERO : MovementKind.DECREASE;
    }

    private void checkItem(Brain brain, String part, long quantity, boolean backorders, Setting setting,
            List<Line> expected) {
        ItemView view = brain.items.get(GetInventoryItemQuery.of(Mode.TEST, part)).orElseThrow();
        Availability status = quantity > 0 ? (quantity <= setting.lowStock() ? Availability.LOW_STOCK
                : Availability.IN_STOCK) : backorders ? Availability.BACKORDER : Availability.OUT_OF_STOCK;
        assertThat(view.item().quantity()).as("quantity of %s", part).isEqualTo(quantity);
        assertThat(view.level().status()).as("status of %s", part).isEqualTo(status);
        assertThat(view.level().sellableQuantity()).as("sellable of %s", part)
                .isEqualTo(backorders ? OptionalLong.empty() : OptionalLong.of(Math.max(0, quantity)));
        assertThat(view.lifecycle()).isEqualTo(setting.lifecycle());

        List<Movement> ledger = brain.movements.movements(new ListMovementsQuery(TestUpdates.key(part), 0, 1000));
        assertThat(ledger).as("ledger of %s", part).hasSize(expected.size());
        for (int i = 0; i < ledger.size(); i++) {
            Movement actual = ledger.get(i);
            Line line = expected.get(i);
            assertThat(actual.correction()).as("correction flag of %s line %d", part, i)
                    .isEqualTo(corrected.contains(part + "#" + i));
            assertThat(actual.kind()).as("kind of %s line %d", part, i).isEqualTo(line.kind());
            assertThat(actual.delta()).as("delta of %s line %d", part, i).isEqualTo(line.delta());
            assertThat(actual.quantityAfter()).as("quantity after %s line %d", part, i).isEqualTo(line.after());
        }
        assertThat(ledger.stream().mapToLong(Movement::delta).sum()).as("ledger total of %s", part).isEqualTo(quantity);

        assertThat(brain.reports.stockOutPeriods(TestUpdates.key(part))).as("stock-outs of %s", part)
                .isEqualTo(stockOuts(expected));
    }

    private static List<StockOutPeriod> stockOuts(List<Line> ledger) {
        List<Line> byTime = new ArrayList<>(ledger);
        byTime.sort(Comparator.comparing(Line::at));
        List<StockOutPeriod> periods = new ArrayList<>();
        Instant start = null;
        for (Line line : byTime) {
            if (line.after() <= 0 && start == null) {
                start = line.at();
            } else if (line.after() > 0 && start != null) {
                periods.add(new StockOutPeriod(start, line.at()));
                start = null;
            }
        }
        if (start != null) {
            periods.add(new StockOutPeriod(start, null));
        }
        return periods;
    }

    private void checkReorderList(Brain brain, List<String> parts, Map<String, Setting> settings,
            Map<String, List<Line>> lines, Map<String, Long> held) {
        Instant asOf = START.plus(Duration.ofDays(DAYS));
        LocalDate day = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        record Expected(String part, long reorderPoint, long suggested, Double cover) {
        }
        List<Expected> expected = new ArrayList<>();
        for (String part : parts) {
            Setting setting = settings.get(part);
            if (setting.lifecycle() != Lifecycle.ACTIVE) {
                continue;
            }
            List<Long> daily = new ArrayList<>();
            List<Line> ledger = lines.get(part);
            for (LocalDate d = day.minusDays(28); d.isBefore(day); d = d.plusDays(1)) {
                Instant from = d.atStartOfDay(ZoneOffset.UTC).toInstant();
                Instant to = d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                Long startQuantity = null;
                boolean out = false;
                long sold = 0;
                for (int i = 0; i < ledger.size(); i++) {
                    Line line = ledger.get(i);
                    if (line.at().isBefore(from)) {
                        startQuantity = line.after();
                    } else if (line.at().isBefore(to)) {
                        out |= line.after() <= 0;
                        if (line.kind() == MovementKind.DECREASE && !corrected.contains(part + "#" + i)) {
                            sold -= line.delta();
                        }
                    }
                }
                if (startQuantity != null && startQuantity > 0 && !out) {
                    daily.add(sold);
                }
            }
            double mean = daily.isEmpty() ? 0 : daily.stream().mapToLong(Long::longValue).sum() / (double) daily.size();
            double squares = 0;
            for (long units : daily) {
                squares += (units - mean) * (units - mean);
            }
            double sd = daily.size() < 2 ? 0 : Math.sqrt(squares / (daily.size() - 1));
            double lead = setting.leadTime();
            double safety = Z_95 * Math.sqrt(lead * sd * sd + mean * mean * 2 * 2);
            long reorderPoint = (long) Math.ceil(mean * lead + safety - 1e-9);
            long orderUpTo = (long) Math.ceil(mean * lead + safety + mean * 14 - 1e-9);
            long quantity = held.get(part);
            long shortfall = orderUpTo - quantity;
            long suggested = shortfall <= 0 ? 0 : (shortfall + setting.pack() - 1) / setting.pack() * setting.pack();
            if (quantity <= reorderPoint && suggested > 0) {
                expected.add(new Expected(part, reorderPoint, suggested, mean > 0 ? Math.max(quantity, 0) / mean : null));
            }
        }
        expected.sort(Comparator.comparing(Expected::cover, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(e -> held.get(e.part()) - e.reorderPoint())
                .thenComparing(Expected::part));

        List<ReorderLine> actual = brain.reorderList.reorderList(new ReorderListQuery(Mode.TEST, asOf, false, 5000));

        assertThat(expected).as("the month must put some items on the reorder list").isNotEmpty();
        assertThat(actual).extracting(line -> new Expected(line.key().partNumber().value(), line.plan().reorderPoint(),
                line.plan().suggestedQuantity(), line.plan().daysOfCover())).containsExactlyElementsOf(expected);
    }
}
