package io.stockkeeper.application.service;

import io.stockkeeper.application.port.in.ReceiveResult;
import io.stockkeeper.application.port.out.ChangeFeed;
import io.stockkeeper.application.port.out.DecodedEvent;
import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.application.port.out.ItemPlanRepository;
import io.stockkeeper.application.port.out.StockLedger;
import io.stockkeeper.domain.ApplyResult;
import io.stockkeeper.domain.EffectivePolicy;
import io.stockkeeper.domain.EventOutcome;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.InventoryUpdate;
import io.stockkeeper.domain.ItemPlan;
import io.stockkeeper.domain.PolicyDefaults;
import java.util.Optional;

/**
 * Decides what an event does to inventory and does it, inside the caller's transaction. Shared by
 * first receipt and replay so that both follow exactly the same rules.
 */
final class InventoryEventProcessor {

    private final InventoryItemRepository items;
    private final IntakeSettings settings;
    private final ItemPlanRepository plans;
    private final StockLedger ledger;
    private final PolicyDefaults defaults;
    private final ItemEffects effects;

    InventoryEventProcessor(InventoryItemRepository items, IntakeSettings settings, StockPorts stock) {
        this.items = items;
        this.settings = settings;
        this.plans = stock.plans();
        this.ledger = stock.ledger();
        this.defaults = stock.defaults();
        this.effects = new ItemEffects(stock.plans(), stock.ledger(), stock.feed());
    }

    /**
     * An outcome and the reason for it, before the event is recorded; {@code gap}: a missed change was seen;
     * {@code published}: the changes feed grew.
     */
    record Decision(EventOutcome outcome, String reason, boolean gap, boolean published) {
        Decision(EventOutcome outcome, String reason) {
            this(outcome, reason, false, false);
        }
    }

    Decision process(DecodedEvent event) {
        DecodedEvent.Content content = event.content();
        if (content instanceof DecodedEvent.Unhandled) {
            return new Decision(EventOutcome.IGNORED, "event type '" + event.type() + "' is not handled");
        }
        if (event.mode() != null && !settings.accepts(event.mode())) {
            return new Decision(EventOutcome.IGNORED,
                    event.mode().wireName() + " mode is not accepted by this deployment");
        }
        if (content instanceof DecodedEvent.Unprocessable) {
            return new Decision(EventOutcome.QUARANTINED, ((DecodedEvent.Unprocessable) content).reason());
        }
        return apply(((DecodedEvent.InventoryChange) content).update());
    }

    private Decision apply(InventoryUpdate update) {
        Optional<InventoryItem> held = items.findForUpdate(update.key());
        ItemPlan plan = plans.find(update.key()).orElseGet(() -> ItemPlan.fresh(update.key()));
        EffectivePolicy policy = plan.policy().resolve(defaults);
        ApplyResult result = held.isEmpty() ? InventoryItem.first(update, policy.resetMinimumDrop())
                : held.get().apply(update, policy.resetMinimumDrop());
        if (result.stale()) {
            return new Decision(EventOutcome.STALE, "older than the item's last applied change, event "
                    + held.get().lastChange().eventId());
        }
        items.save(result.item());
        ledger.append(result.movements());
        boolean published = effects.record(plan, policy, held.map(InventoryItem::allowBackOrder).orElse(null),
                result.item(), result.gap().isPresent(), update.eventId(), update.order().sourceTimestamp());
        return new Decision(EventOutcome.APPLIED, result.gap()
                .map(gap -> "gap: held " + gap.held() + " but the sender's previous quantity was "
                        + gap.reportedPrevious())
                .orElse(null), result.gap().isPresent(), published);
    }

    static ReceiveResult result(String eventId, Decision decision) {
        return ReceiveResult.of(eventId, decision.outcome(), decision.reason());
    }
}
