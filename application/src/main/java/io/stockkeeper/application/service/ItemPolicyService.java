package io.stockkeeper.application.service;

import io.stockkeeper.application.port.in.ChangeItemPolicyCommand;
import io.stockkeeper.application.port.in.ChangeItemPolicyUseCase;
import io.stockkeeper.application.port.in.GetItemPolicyUseCase;
import io.stockkeeper.application.port.in.ItemNotFoundException;
import io.stockkeeper.application.port.in.PolicyView;
import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.application.port.out.ItemPlanRepository;
import io.stockkeeper.application.port.out.StockLedger;
import io.stockkeeper.application.port.out.TransactionRunner;
import io.stockkeeper.domain.EffectivePolicy;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ItemPlan;
import io.stockkeeper.domain.Movement;
import io.stockkeeper.domain.MovementKind;
import io.stockkeeper.domain.PolicyDefaults;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Reads and changes an item's policy. A change is validated against the defaults first, then stored
 * with a policy-change line in the ledger and a re-evaluation of the item, all in one unit of work.
 */
public final class ItemPolicyService implements GetItemPolicyUseCase, ChangeItemPolicyUseCase {

    private final InventoryItemRepository items;
    private final ItemPlanRepository plans;
    private final StockLedger ledger;
    private final TransactionRunner transactions;
    private final StockPorts stock;
    private final Clock clock;

    @Inject
    public ItemPolicyService(InventoryItemRepository items, TransactionRunner transactions, StockPorts stock,
            Clock clock) {
        this.items = items;
        this.plans = stock.plans();
        this.ledger = stock.ledger();
        this.transactions = transactions;
        this.stock = stock;
        this.clock = clock;
    }

    @Override
    public PolicyView policy(ItemKey key) {
        if (items.find(key).isEmpty()) {
            throw new ItemNotFoundException(key);
        }
        ItemPlan plan = plans.find(key).orElseGet(() -> ItemPlan.fresh(key));
        return new PolicyView(key, plan.policy(), plan.policy().resolve(defaults()));
    }

    @Override
    public PolicyView change(ChangeItemPolicyCommand command) {
        EffectivePolicy effective = command.policy().resolve(defaults());
        boolean published = transactions.inTransaction(() -> {
            InventoryItem item = items.findForUpdate(command.key())
                    .orElseThrow(() -> new ItemNotFoundException(command.key()));
            ItemPlan plan = plans.find(command.key()).orElseGet(() -> ItemPlan.fresh(command.key()))
                    .withPolicy(command.policy());
            // A policy change happens now, but never before the item's last change: the ledger stays in time order.
            Instant at = latest(clock.instant(), item.lastChange().sourceTimestamp());
            ledger.append(List.of(Movement.of(item.key(), MovementKind.POLICY_CHANGE, item.quantity(),
                    item.quantity(), null, at)));
            ItemEffects.Effects effects = ItemEffects.evaluate(plan, effective, item.allowBackOrder(), item, false, null,
                    at, ledger::history);
            plans.save(effects.plan());
            if (effects.events().isEmpty()) {
                return false;
            }
            stock.feed().append(effects.events());
            return true;
        });
        if (published) {
            stock.signal().changed();
        }
        return new PolicyView(command.key(), command.policy(), effective);
    }

    private PolicyDefaults defaults() {
        return stock.defaults();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
