package io.stockkeeper.application.service;

import io.stockkeeper.application.port.in.ReceiveResult;
import io.stockkeeper.application.port.out.DecodedEvent;
import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.domain.ApplyResult;
import io.stockkeeper.domain.EventOutcome;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.InventoryUpdate;
import java.util.Optional;

/**
 * Decides what an event does to inventory and does it, inside the caller's transaction. Shared by
 * first receipt and replay so that both follow exactly the same rules.
 */
final class InventoryEventProcessor {

    private final InventoryItemRepository items;
    private final IntakeSettings settings;

    InventoryEventProcessor(InventoryItemRepository items, IntakeSettings settings) {
        this.items = items;
        this.settings = settings;
    }

    /** An outcome and the reason for it, before the event is recorded; {@code gap}: a missed change was seen. */
    record Decision(EventOutcome outcome, String reason, boolean gap) {
        Decision(EventOutcome outcome, String reason) {
            this(outcome, reason, false);
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
        if (held.isEmpty()) {
            items.save(InventoryItem.create(update));
            return new Decision(EventOutcome.APPLIED, null);
        }
        ApplyResult result = held.get().apply(update);
        if (result.stale()) {
            return new Decision(EventOutcome.STALE, "older than the item's last applied change, event "
                    + held.get().lastChange().eventId());
        }
        items.save(result.item());
        return new Decision(EventOutcome.APPLIED, result.gap()
                .map(gap -> "gap: held " + gap.held() + " but the sender's previous quantity was "
                        + gap.reportedPrevious())
                .orElse(null), result.gap().isPresent());
    }

    static ReceiveResult result(String eventId, Decision decision) {
        return ReceiveResult.of(eventId, decision.outcome(), decision.reason());
    }
}
