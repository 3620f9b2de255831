package io.stockkeeper.application.port.out;

import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.Movement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The append-only ledger of movements. Writes are called inside a {@link TransactionRunner} unit of work. */
public interface StockLedger {

    /** Appends the lines in order; each gets the next sequence number. */
    void append(List<Movement> movements);

    /** An item's lines with a sequence above {@code afterSequence}, oldest first, at most {@code limit}. */
    List<Movement> page(ItemKey key, long afterSequence, int limit);

    /**
     * The item's lines with a source time in [from, to), plus the last line before {@code from} (the
     * quantity the range starts from), in ledger order.
     */
    List<Movement> history(ItemKey key, Instant from, Instant to);

    /** {@link #history} for every item of a mode at once. */
    Map<ItemKey, List<Movement>> historyOfMode(Mode mode, Instant from, Instant to);

    Optional<Movement> find(ItemKey key, long sequence);

    /** Marks or unmarks a line as a correction; false when there is no such line. */
    boolean markCorrection(ItemKey key, long sequence, boolean correction);
}
