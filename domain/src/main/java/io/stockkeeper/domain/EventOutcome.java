package io.stockkeeper.domain;

import java.util.Locale;

/** What became of a received webhook event. Each event is stored once, with its outcome. */
public enum EventOutcome {
    /** The change was newer than the item's state and was applied. */
    APPLIED,
    /** The event id had been received before; nothing was done again. */
    DUPLICATE,
    /** Older than the item's last applied change: stored, state untouched. */
    STALE,
    /** Not an event this service handles (or a mode this deployment refuses): acknowledged and stored. */
    IGNORED,
    /** Authentic but its inventory object cannot be processed: stored raw with the reason, replayable. */
    QUARANTINED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventOutcome parse(String text) {
        for (EventOutcome outcome : values()) {
            if (outcome.wireName().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("outcome must be one of applied, duplicate, stale, ignored, quarantined; was '"
                + text + "'");
    }
}
