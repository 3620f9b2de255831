package io.stockkeeper.adapters.persistence;

import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.application.port.out.ItemWrite;
import io.stockkeeper.domain.ChangeOrder;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ManagementType;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.PartNumber;
import io.stockkeeper.domain.Product;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatements;

public final class JdbiInventoryItemRepository implements InventoryItemRepository {

    static final String COLUMNS = "mode, part_number, quantity, allow_back_order, fulfiller, management_type,"
            + " last_source_nanos, last_created_nanos, last_event_id, version, gap_count";

    private static final String ITEM_COLUMNS = "i.mode, i.part_number, i.quantity, i.allow_back_order, i.fulfiller,"
            + " i.management_type, i.last_source_nanos, i.last_created_nanos, i.last_event_id, i.version, i.gap_count";

    private final Store store;
    private final Clock clock;

    public JdbiInventoryItemRepository(Jdbi jdbi, Clock clock) {
        this.store = new Store(jdbi);
        this.clock = clock;
    }

    @Override
    public Optional<InventoryItem> find(ItemKey key) {
        return store.withHandle(handle -> load(handle, key, false));
    }

    @Override
    public Optional<InventoryItem> findForUpdate(ItemKey key) {
        return store.withHandle(handle -> load(handle, key, true));
    }

    @Override
    public void save(InventoryItem item) {
        store.useHandle(handle -> {
            if (item.version() == 1) {
                insert(handle, item);
            } else {
                update(handle, item);
            }
            replaceProducts(handle, item);
        });
    }

    @Override
    public Map<ItemKey, InventoryItem> findAllForUpdate(Collection<ItemKey> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        // Per mode, in mode order, each mode's rows locked in part-number order: one order whoever asks. The part
        // numbers go as one array parameter, so the statement text is the same for any number of items. They are
        // joined as a table (UNNEST) so that each one is looked up by the whole primary key, whatever the
        // statistics say: H2 uses only the key's first column for "part_number = ANY(?)" or "IN (...)" and scanned
        // every item of the mode, 80 % slower at 100k items; PostgreSQL, on tables it has not analysed yet (a
        // young database, or autovacuum off), did the same for a plain join or = ANY, about 1 ms per read at 1k
        // items. On PostgreSQL each part is therefore a LATERAL subquery of its own, locked in the array's order.
        Map<Mode, List<String>> byMode = new TreeMap<>(Comparator.comparing(Mode::wireName));
        keys.stream().distinct().sorted(ItemWrite.ORDER)
                .forEach(key -> byMode.computeIfAbsent(key.mode(), mode -> new ArrayList<>()).add(key.partNumber().value()));
        return store.withHandle(handle -> {
            Map<ItemKey, InventoryItem> found = new LinkedHashMap<>();
            byMode.forEach((mode, parts) -> {
                boolean postgres = store.isPostgres(handle);
                List<ItemRow> rows = handle.createQuery(postgres ? LOCK_ITEMS_POSTGRES : LOCK_ITEMS)
                        .bind("mode", mode.wireName())
                        .bindArray("parts", String.class, parts)
                        .map((rs, ctx) -> ItemRow.from(rs))
                        .list();
                if (rows.isEmpty()) {
                    return;
                }
                Map<String, List<Product>> products = new HashMap<>();
                handle.createQuery(postgres ? PRODUCTS_OF_POSTGRES : PRODUCTS_OF)
                        .bind("mode", mode.wireName())
                        .bindArray("parts", String.class, rows.stream().map(row -> row.key().partNumber().value())
                                .toList())
                        .map((rs, ctx) -> Map.entry(rs.getString("part_number"),
                                new Product(rs.getString("product_id"), rs.getString("external_reference_id"))))
                        .forEach(entry -> products.computeIfAbsent(entry.getKey(), part -> new ArrayList<>())
                                .add(entry.getValue()));
                for (ItemRow row : rows) {
                    found.put(row.key(), row.toItem(List.copyOf(
                            products.getOrDefault(row.key().partNumber().value(), List.of()))));
                }
            });
            return found;
        });
    }

    @Override
    public void saveAll(List<ItemWrite> writes) {
        if (writes.isEmpty()) {
            return;
        }
        List<ItemWrite> sorted = writes.stream()
                .sorted(Comparator.comparing((ItemWrite write) -> write.after().key(), ItemWrite.ORDER)).toList();
        OffsetDateTime now = now();
        store.useHandle(handle -> {
            List<ItemWrite> inserts = sorted.stream().filter(write -> write.before() == null).toList();
            List<ItemWrite> updates = sorted.stream().filter(write -> write.before() != null).toList();
            if (!inserts.isEmpty()) {
                PreparedBatch batch = handle.prepareBatch(INSERT);
                inserts.forEach(write -> batch.bindMap(ItemRow.bindings(write.after())).bind("updatedAt", now).add());
                batch.execute();
            }
            if (!updates.isEmpty()) {
                PreparedBatch batch = handle.prepareBatch(UPDATE);
                updates.forEach(write -> batch.bindMap(ItemRow.bindings(write.after()))
                        .bind("previousVersion", write.before().version()).bind("updatedAt", now).add());
                int[] counts = batch.execute();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        throw new StaleVersionException("item " + updates.get(i).after().key()
                                + " is no longer at version " + updates.get(i).before().version());
                    }
                }
            }
            List<ItemWrite> replaced = sorted.stream().filter(write -> write.before() != null
                    && !write.before().products().equals(write.after().products())).toList();
            if (!replaced.isEmpty()) {
                PreparedBatch batch = handle.prepareBatch(
                        "DELETE FROM item_product WHERE mode = :mode AND part_number = :partNumber");
                replaced.forEach(write -> batch.bind("mode", write.after().key().mode().wireName())
                        .bind("partNumber", write.after().key().partNumber().value()).add());
                batch.execute();
            }
            PreparedBatch products = handle.prepareBatch(INSERT_PRODUCT);
            for (ItemWrite write : sorted) {
                if (write.before() == null || replaced.contains(write)) {
                    addProducts(products, write.after());
                }
            }
            if (products.size() > 0) {
                products.execute();
            }
        });
    }

    @Override
    public Optional<InventoryItem> findByProductId(Mode mode, String productId) {
        return store.withHandle(handle -> handle.createQuery("SELECT MIN(part_number) FROM item_product"
                        + " WHERE mode = :mode AND product_id = :productId")
                .bind("mode", mode.wireName())
                .bind("productId", productId)
                .mapTo(String.class)
                .findOne()
                .flatMap(partNumber -> load(handle, new ItemKey(mode, new PartNumber(partNumber)), false)));
    }

    @Override
    public List<InventoryItem> list(Mode mode, String fulfiller, String afterPartNumber, int limit) {
        return store.withHandle(handle -> {
            List<ItemRow> rows = handle.createQuery("SELECT " + COLUMNS + " FROM inventory_item WHERE mode = :mode"
                            + (fulfiller == null ? "" : " AND fulfiller = :fulfiller")
                            + (afterPartNumber == null ? "" : " AND part_number > :after")
                            + " ORDER BY part_number")
                    .bind("mode", mode.wireName())
                    .bind("fulfiller", fulfiller)
                    .bind("after", afterPartNumber)
                    .setMaxRows(limit)
                    .map((rs, ctx) -> ItemRow.from(rs))
                    .list();
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<String, List<Product>> products = new HashMap<>();
            handle.createQuery("SELECT part_number, product_id, external_reference_id FROM item_product"
                            + " WHERE mode = :mode AND part_number IN (<parts>) ORDER BY part_number, position")
                    .bind("mode", mode.wireName())
                    .bindList("parts", rows.stream().map(row -> row.key().partNumber().value()).toList())
                    .map((rs, ctx) -> {
                        products.computeIfAbsent(rs.getString("part_number"), p -> new ArrayList<>())
                                .add(new Product(rs.getString("product_id"), rs.getString("external_reference_id")));
                        return null;
                    })
                    .list();
            return rows.stream()
                    .map(row -> row.toItem(products.getOrDefault(row.key().partNumber().value(), List.of())))
                    .toList();
        });
    }

    /** The item and its products in one round trip; with {@code lock}, the item's row stays locked until commit. */
    private Optional<InventoryItem> load(Handle handle, ItemKey key, boolean lock) {
        List<JoinedRow> rows = handle.createQuery("SELECT " + ITEM_COLUMNS + ", p.product_id, p.external_reference_id"
                        + " FROM inventory_item i LEFT JOIN item_product p"
                        + " ON p.mode = i.mode AND p.part_number = i.part_number"
                        + " WHERE i.mode = :mode AND i.part_number = :partNumber ORDER BY p.position"
                        + (lock ? lockClause(handle) : ""))
                .bind("mode", key.mode().wireName())
                .bind("partNumber", key.partNumber().value())
                .map((rs, ctx) -> JoinedRow.from(rs))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Product> products = rows.stream().map(JoinedRow::product).filter(java.util.Objects::nonNull).toList();
        if (lock) {
            // Held under the row lock until this transaction ends: nobody else can change them meanwhile.
            handle.define(lockedProductsAttribute(key), products);
        }
        return Optional.of(rows.get(0).item().toItem(products));
    }

    /** PostgreSQL must be told to lock only the item's row, not the outer join's nullable side; H2 cannot be told. */
    private String lockClause(Handle handle) {
        return store.isPostgres(handle) ? " FOR UPDATE OF i" : " FOR UPDATE";
    }

    /** One row of the item-with-products join: the item, and one of its products or none. */
    private record JoinedRow(ItemRow item, Product product) {
        static JoinedRow from(ResultSet rs) throws SQLException {
            String productId = rs.getString("product_id");
            return new JoinedRow(ItemRow.from(rs),
                    productId == null ? null : new Product(productId, rs.getString("external_reference_id")));
        }
    }

    /** The products this transaction read under the item's row lock, if it did. */
    private static Optional<Object> lockedProducts(Handle handle, ItemKey key) {
        return Optional.ofNullable(handle.getConfig(SqlStatements.class).getAttribute(lockedProductsAttribute(key)));
    }

    private static String lockedProductsAttribute(ItemKey key) {
        return "stockkeeper.lockedProducts." + key;
    }

    /** A mode's items among {@code :parts} (an array), locked in part-number order. */
    static final String LOCK_ITEMS = "SELECT " + ITEM_COLUMNS + " FROM inventory_item i"
            + " JOIN UNNEST(:parts) AS wanted(part) ON i.part_number = wanted.part"
            + " WHERE i.mode = :mode ORDER BY i.part_number FOR UPDATE OF i";

    /**
     * PostgreSQL: one index lookup per wanted part, rows locked in the array's order (sorted by the caller);
     * {@code OFFSET 0} keeps the planner from flattening the subquery into a join it may plan as a scan.
     */
    static final String LOCK_ITEMS_POSTGRES = "SELECT " + ITEM_COLUMNS + " FROM UNNEST(:parts) AS wanted(part)"
            + " CROSS JOIN LATERAL (SELECT " + COLUMNS + " FROM inventory_item WHERE mode = :mode"
            + " AND part_number = wanted.part OFFSET 0 FOR UPDATE) i";

    /** The products of a mode's items among {@code :parts}, in their order. */
    static final String PRODUCTS_OF = "SELECT p.part_number, p.product_id, p.external_reference_id FROM item_product p"
            + " JOIN UNNEST(:parts) AS wanted(part) ON p.part_number = wanted.part"
            + " WHERE p.mode = :mode ORDER BY p.part_number, p.position";

    /** PostgreSQL: as {@link #LOCK_ITEMS_POSTGRES}, one index lookup per wanted part. */
    static final String PRODUCTS_OF_POSTGRES = "SELECT p.part_number, p.product_id, p.external_reference_id"
            + " FROM UNNEST(:parts) AS wanted(part) CROSS JOIN LATERAL (SELECT part_number, position, product_id,"
            + " external_reference_id FROM item_product WHERE mode = :mode AND part_number = wanted.part OFFSET 0) p"
            + " ORDER BY p.part_number, p.position";

    private static final String INSERT = "INSERT INTO inventory_item (" + COLUMNS + ", updated_at) VALUES (:mode,"
            + " :partNumber, :quantity, :allowBackOrder, :fulfiller, :managementType, :sourceNanos, :createdNanos,"
            + " :eventId, :version, :gapCount, :updatedAt)";

    private static final String UPDATE = "UPDATE inventory_item SET quantity = :quantity,"
            + " allow_back_order = :allowBackOrder, fulfiller = :fulfiller,"
            + " management_type = :managementType, last_source_nanos = :sourceNanos,"
            + " last_created_nanos = :createdNanos, last_event_id = :eventId, version = :version,"
            + " gap_count = :gapCount, updated_at = :updatedAt"
            + " WHERE mode = :mode AND part_number = :partNumber AND version = :previousVersion";

    private static final String INSERT_PRODUCT = "INSERT INTO item_product (mode, part_number, position, product_id,"
            + " external_reference_id) VALUES (:mode, :partNumber, :position, :productId, :externalReferenceId)";

    private void insert(Handle handle, InventoryItem item) {
        handle.createUpdate(INSERT)
                .bindMap(ItemRow.bindings(item))
                .bind("updatedAt", now())
                .execute();
    }

    private void update(Handle handle, InventoryItem item) {
        int updated = handle.createUpdate(UPDATE)
                .bindMap(ItemRow.bindings(item))
                .bind("previousVersion", item.version() - 1)
                .bind("updatedAt", now())
                .execute();
        if (updated != 1) {
            throw new StaleVersionException("item " + item.key() + " is no longer at version " + (item.version() - 1));
        }
    }

    private static void replaceProducts(Handle handle, InventoryItem item) {
        ItemKey key = item.key();
        if (item.version() > 1 && lockedProducts(handle, key).filter(item.products()::equals).isPresent()) {
            return; // most changes keep the products: rewriting them would cost two statements and their index writes
        }
        if (item.version() > 1) {
            handle.createUpdate("DELETE FROM item_product WHERE mode = :mode AND part_number = :partNumber")
                    .bind("mode", key.mode().wireName())
                    .bind("partNumber", key.partNumber().value())
                    .execute();
        }
        if (item.products().isEmpty()) {
            handle.define(lockedProductsAttribute(key), item.products());
            return;
        }
        PreparedBatch batch = handle.prepareBatch(INSERT_PRODUCT);
        addProducts(batch, item);
        batch.execute();
        handle.define(lockedProductsAttribute(key), item.products());
    }

    private static void addProducts(PreparedBatch batch, InventoryItem item) {
        int position = 0;
        for (Product product : item.products()) {
            batch.bind("mode", item.key().mode().wireName())
                    .bind("partNumber", item.key().partNumber().value())
                    .bind("position", position++)
                    .bind("productId", product.productId())
                    .bind("externalReferenceId", product.externalReferenceId())
                    .add();
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** One row of inventory_item, mapped to and from the domain in one place. */
    record ItemRow(ItemKey key, long quantity, boolean allowBackOrder, String fulfiller,
            ManagementType managementType, ChangeOrder lastChange, long version, long gapCount) {

        static ItemRow from(ResultSet rs) throws SQLException {
            ItemKey key = new ItemKey(Mode.parse(rs.getString("mode")), new PartNumber(rs.getString("part_number")));
            ChangeOrder lastChange = new ChangeOrder(Instants.fromNanos(rs.getLong("last_source_nanos")),
                    Instants.fromNanos(rs.getLong("last_created_nanos")), rs.getString("last_event_id"));
            return new ItemRow(key, rs.getLong("quantity"), rs.getBoolean("allow_back_order"),
                    rs.getString("fulfiller"), ManagementType.valueOf(rs.getString("management_type")), lastChange,
                    rs.getLong("version"), rs.getLong("gap_count"));
        }

        InventoryItem toItem(List<Product> products) {
            return new InventoryItem(key, quantity, products, fulfiller, allowBackOrder, managementType, lastChange,
                    version, gapCount);
        }

        static java.util.Map<String, Object> bindings(InventoryItem item) {
            java.util.Map<String, Object> values = new java.util.HashMap<>();
            values.put("mode", item.key().mode().wireName());
            values.put("partNumber", item.key().partNumber().value());
            values.put("quantity", item.quantity());
            values.put("allowBackOrder", item.allowBackOrder());
            values.put("fulfiller", item.fulfiller());
            values.put("managementType", item.managementType().name());
            values.put("sourceNanos", Instants.toNanos(item.lastChange().sourceTimestamp()));
            values.put("createdNanos", Instants.toNanos(item.lastChange().createdTime()));
            values.put("eventId", item.lastChange().eventId());
            values.put("version", item.version());
            values.put("gapCount", item.gapCount());
            return values;
        }
    }
}
