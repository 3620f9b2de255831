package io.stockkeeper.application.port.in;

import io.stockkeeper.domain.Movement;

/** Marks a ledger line as a correction (or not): corrections are not demand. */
public interface MarkCorrectionUseCase {

    /** @throws MovementNotFoundException when the item has no such line */
    Movement mark(MarkCorrectionCommand command);
}
