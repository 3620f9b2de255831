package io.stockkeeper.application.service;

import io.stockkeeper.application.port.in.ReceiveResult;
import io.stockkeeper.application.port.out.DecodedEvent;
import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.application.port.out.ReceivedEventLog;
import io.stockkeeper.domain.ApplyResult;
import io.stockkeeper.domain.EffectivePolicy;
import io.stockkeeper.domain.EventOutcome;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.InventoryUpdate;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ItemPlan;
import java.util.Optional;

/**
 * Decides what an event does to inventory and does it, inside the caller's transaction. Shared by
 * first receipt and replay so that both follow exactly the same rules.
 */
final class InventoryEventProcessor {

    private final InventoryItemRepository items;
    private final IntakeSettings settings;
    private final StockPorts stock;

    InventoryEventProcessor(InventoryItemRepository items, IntakeSettings settings, StockPorts stock) {
        this.items = items;
        this.settings = settings;
        this.stock = stock;
    }

    /** A fresh working set for one transaction; {@code events} receives the events it records. */
    IntakeWork newWork(ReceivedEventLog events) {
        return new IntakeWork(items, events, stock);
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

    /** The item the event would change, if it is one this deployment applies. */
    Optional<ItemKey> touches(DecodedEvent event) {
        if (event.content() instanceof DecodedEvent.InventoryChange change
                && (event.mode() == null || settings.accepts(event.mode()))) {
            return Optional.of(change.update().key());
        }
        return Optional.empty();
    }

    /** Decides and applies the event in {@code work}; nothing is written until the work is flushed. */
    Decision process(DecodedEvent event, IntakeWork work) {
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
        return apply(((DecodedEvent.InventoryChange) content).update(), work);
    }

    private Decision apply(InventoryUpdate update, IntakeWork work) {
        Optional<InventoryItem> held = work.item(update.key());
        ItemPlan plan = work.plan(update.key());
        EffectivePolicy policy = plan.policy().resolve(stock.defaults());
        ApplyResult result = held.isEmpty() ? InventoryItem.first(update, policy.resetMinimumDrop())
                : held.get().apply(update, policy.resetMinimumDrop());
        if (result.stale()) {
            return new Decision(EventOutcome.STALE, "older than the item's last applied change, event "
                    + held.get().lastChange().eventId());
        }
        work.itemChanged(result.item(), result.movements());
        ItemEffects.Effects effects = ItemEffects.evaluate(plan, policy,
                held.map(InventoryItem::allowBackOrder).orElse(null), result.item(), result.gap().isPresent(),
                update.eventId(), update.order().sourceTimestamp(), work::history);
        if (effects.changed()) {
            work.planChanged(effects.plan());
        }
        work.publish(effects.events());
        boolean published = !effects.events().isEmpty();
        return new Decision(EventOutcome.APPLIED, result.gap()
                .map(gap -> "gap: held " + gap.held() + " but the sender's previous quantity was "
                        + gap.reportedPrevious())
                .orElse(null), result.gap().isPresent(), published);
    }

    static ReceiveResult result(String eventId, Decision decision) {
        return ReceiveResult.of(eventId, decision.outcome(), decision.reason());
    }
}
