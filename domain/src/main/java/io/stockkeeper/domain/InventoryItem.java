package io.stockkeeper.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The stock of one part number in one mode, as last reported by Digital River.
 *
 * <p>Immutable: {@link #apply(InventoryUpdate)} answers with the item as it becomes, so a caller
 * decides when (and whether) the new state is stored. {@code version} counts applied changes.
 */
public final class InventoryItem {

    private final ItemKey key;
    private final long quantity;
    private final List<Product> products;
    private final String fulfiller;
    private final boolean allowBackOrder;
    private final ManagementType managementType;
    private final ChangeOrder lastChange;
    private final long version;
    private final long gapCount;

    public InventoryItem(
            ItemKey key,
            long quantity,
            List<Product> products,
            String fulfiller,
            boolean allowBackOrder,
            ManagementType managementType,
            ChangeOrder lastChange,
            long version,
            long gapCount) {
        this.key = Objects.requireNonNull(key, "key");
        this.quantity = quantity;
        this.products = List.copyOf(Objects.requireNonNull(products, "products"));
        this.fulfiller = fulfiller;
        this.allowBackOrder = allowBackOrder;
        this.managementType = Objects.requireNonNull(managementType, "managementType");
        this.lastChange = Objects.requireNonNull(lastChange, "lastChange");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, was " + version);
        }
        if (gapCount < 0) {
            throw new IllegalArgumentException("gapCount must not be negative, was " + gapCount);
        }
        this.version = version;
        this.gapCount = gapCount;
    }

    /** The item as its first reported change makes it. Nothing was held before, so there is no gap to see. */
    public static InventoryItem create(InventoryUpdate first) {
        return new InventoryItem(first.key(), first.quantity(), first.products(), first.fulfiller(),
                first.allowBackOrder(), first.managementType(), first.order(), 1, 0);
    }

    /**
     * The item as its first change makes it, with the ledger lines that explain its quantity: from 0 to
     * the sender's previous quantity (when it said), then to the reported one.
     */
    public static ApplyResult first(InventoryUpdate first, long resetMinimumDrop) {
        InventoryItem created = create(first);
        List<Movement> movements = new ArrayList<>();
        long base = first.previousQuantity().orElse(0);
        if (base != 0) {
            movements.add(Movement.of(first.key(), MovementKind.classify(0, base, resetMinimumDrop), 0, base,
                    first.eventId(), first.order().sourceTimestamp()));
        }
        movements.add(Movement.of(first.key(), MovementKind.classify(base, first.quantity(), resetMinimumDrop), base,
                first.quantity(), first.eventId(), first.order().sourceTimestamp()));
        return ApplyResult.applied(null, created, null, movements);
    }

    /** {@link #apply(InventoryUpdate, long)} with the standard reset rule. */
    public ApplyResult apply(InventoryUpdate update) {
        return apply(update, PolicyDefaults.standard().resetMinimumDrop());
    }

    /**
     * Applies a snapshot. A change that is not newer than the last applied one is stale and changes
     * nothing. A newer one replaces the reported fields; when the sender's idea of the previous
     * quantity differs from what we hold, a change was missed and a gap is recorded. The result carries
     * the ledger lines: the gap, then the change classified by {@link MovementKind#classify}.
     */
    public ApplyResult apply(InventoryUpdate update, long resetMinimumDrop) {
        if (!update.key().equals(key)) {
            throw new IllegalArgumentException("update for " + update.key() + " applied to item " + key);
        }
        if (!update.order().isNewerThan(lastChange)) {
            return ApplyResult.stale(this);
        }
        Gap gap = update.previousQuantity().isPresent() && update.previousQuantity().getAsLong() != quantity
                ? new Gap(quantity, update.previousQuantity().getAsLong())
                : null;
        InventoryItem next = new InventoryItem(key, update.quantity(), update.products(), update.fulfiller(),
                update.allowBackOrder(), update.managementType(), update.order(), version + 1,
                gap == null ? gapCount : gapCount + 1);
        List<Movement> movements = new ArrayList<>(2);
        long base = quantity;
        if (gap != null) {
            movements.add(Movement.of(key, MovementKind.GAP, quantity, gap.reportedPrevious(), update.eventId(),
                    update.order().sourceTimestamp()));
            base = gap.reportedPrevious();
        }
        movements.add(Movement.of(key, MovementKind.classify(base, update.quantity(), resetMinimumDrop), base,
                update.quantity(), update.eventId(), update.order().sourceTimestamp()));
        return ApplyResult.applied(this, next, gap, movements);
    }

    /** What may be sold under the given policy. */
    public StockLevel stockLevel(AvailabilityPolicy policy) {
        return policy.evaluate(quantity, allowBackOrder);
    }

    public ItemKey key() {
        return key;
    }

    public long quantity() {
        return quantity;
    }

    public List<Product> products() {
        return products;
    }

    /** The fulfiller's name as reported; may be null when the sender left it out. */
    public String fulfiller() {
        return fulfiller;
    }

    public boolean allowBackOrder() {
        return allowBackOrder;
    }

    public ManagementType managementType() {
        return managementType;
    }

    public ChangeOrder lastChange() {
        return lastChange;
    }

    public long version() {
        return version;
    }

    public long gapCount() {
        return gapCount;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof InventoryItem)) {
            return false;
        }
        InventoryItem that = (InventoryItem) other;
        return quantity == that.quantity
                && allowBackOrder == that.allowBackOrder
                && version == that.version
                && gapCount == that.gapCount
                && key.equals(that.key)
                && products.equals(that.products)
                && Objects.equals(fulfiller, that.fulfiller)
                && managementType == that.managementType
                && lastChange.equals(that.lastChange);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, quantity, products, fulfiller, allowBackOrder, managementType, lastChange, version,
                gapCount);
    }

    @Override
    public String toString() {
        return "InventoryItem[" + key + " quantity=" + quantity + " allowBackOrder=" + allowBackOrder
                + " version=" + version + "]";
    }
}
