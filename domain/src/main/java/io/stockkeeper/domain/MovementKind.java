package io.stockkeeper.domain;

import java.util.Locale;

/**
 * Why an item's quantity moved. Classification of one applied change, from the quantity it started
 * from to the one it reports (see docs/adr/0101-movement-classification.md):
 * <ul>
 *   <li>{@link #GAP}: the sender started from another quantity than we held; the unseen difference.</li>
 *   <li>{@link #RECEIPT}: the quantity went up.</li>
 *   <li>{@link #RESET_TO_ZERO}: it went from a positive quantity to exactly 0, dropping by at least the
 *       reset minimum: a count or a write-off, not sales.</li>
 *   <li>{@link #DECREASE}: any other drop (sales, including below zero under backorders).</li>
 *   <li>{@link #POLICY_CHANGE}: nothing moved but the item's terms did (backorder flag, products,
 *       fulfiller, or the merchant's policy).</li>
 * </ul>
 */
public enum MovementKind {
    RECEIPT,
    DECREASE,
    RESET_TO_ZERO,
    POLICY_CHANGE,
    GAP;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Classifies a move from {@code from} to {@code to} that is not a gap. */
    public static MovementKind classify(long from, long to, long resetMinimumDrop) {
        if (to > from) {
            return RECEIPT;
        }
        if (to == from) {
            return POLICY_CHANGE;
        }
        if (to == 0 && from > 0 && from >= resetMinimumDrop) {
            return RESET_TO_ZERO;
        }
        return DECREASE;
    }
}
