package io.stockkeeper.application.port.in;

import io.stockkeeper.domain.Movement;
import java.util.List;

/** Reads an item's ledger. */
public interface ListMovementsUseCase {

    /** @throws ItemNotFoundException when there is no such item */
    List<Movement> movements(ListMovementsQuery query);
}
