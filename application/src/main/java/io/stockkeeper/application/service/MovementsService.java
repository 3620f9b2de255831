package io.stockkeeper.application.service;

import io.stockkeeper.application.port.in.ItemNotFoundException;
import io.stockkeeper.application.port.in.ListMovementsQuery;
import io.stockkeeper.application.port.in.ListMovementsUseCase;
import io.stockkeeper.application.port.in.MarkCorrectionCommand;
import io.stockkeeper.application.port.in.MarkCorrectionUseCase;
import io.stockkeeper.application.port.in.MovementNotFoundException;
import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.application.port.out.ItemPlanRepository;
import io.stockkeeper.application.port.out.StockLedger;
import io.stockkeeper.application.port.out.TransactionRunner;
import io.stockkeeper.domain.Movement;
import jakarta.inject.Inject;
import java.util.List;

/** Reads an item's ledger and marks corrections (which drops the cached demand so it is estimated again). */
public final class MovementsService implements ListMovementsUseCase, MarkCorrectionUseCase {

    private final InventoryItemRepository items;
    private final ItemPlanRepository plans;
    private final StockLedger ledger;
    private final TransactionRunner transactions;

    @Inject
    public MovementsService(InventoryItemRepository items, ItemPlanRepository plans, StockLedger ledger,
            TransactionRunner transactions) {
        this.items = items;
        this.plans = plans;
        this.ledger = ledger;
        this.transactions = transactions;
    }

    @Override
    public List<Movement> movements(ListMovementsQuery query) {
        if (items.find(query.key()).isEmpty()) {
            throw new ItemNotFoundException(query.key());
        }
        return ledger.page(query.key(), query.afterSequence(), query.limit());
    }

    @Override
    public Movement mark(MarkCorrectionCommand command) {
        return transactions.inTransaction(() -> {
            if (items.findForUpdate(command.key()).isEmpty()) {
                throw new ItemNotFoundException(command.key());
            }
            if (!ledger.markCorrection(command.key(), command.sequence(), command.correction())) {
                throw new MovementNotFoundException(command.key(), command.sequence());
            }
            plans.find(command.key()).filter(plan -> plan.demand() != null)
                    .ifPresent(plan -> plans.save(plan.withDemand(null)));
            return ledger.find(command.key(), command.sequence()).orElseThrow();
        });
    }

}
