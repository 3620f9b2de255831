package io.stockkeeper.adapters.persistence;

import io.stockkeeper.application.port.out.ItemPlanRepository;
import io.stockkeeper.domain.Availability;
import io.stockkeeper.domain.BackorderCap;
import io.stockkeeper.domain.DemandEstimate;
import io.stockkeeper.domain.DemandSnapshot;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ItemPlan;
import io.stockkeeper.domain.ItemPolicy;
import io.stockkeeper.domain.Lifecycle;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.PartNumber;
import io.stockkeeper.domain.StockSignals;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Item plans in {@code item_plan}; an unlimited backorder cap is stored as −1, an inherited one as NULL. */
public final class JdbiItemPlanRepository implements ItemPlanRepository {

    private static final long UNLIMITED = -1;
    private static final String COLUMNS = "mode, part_number, lifecycle, low_stock_threshold, out_of_stock_threshold,"
            + " backorder_cap, lead_time_days, lead_time_stddev_days, service_level, pack_size, review_period_days,"
            + " signal_status, signal_reorder_needed, demand_epoch_day, demand_window_days, demand_mean,"
            + " demand_stddev, demand_days, demand_units";
    private static final String VALUES = ":mode, :partNumber, :lifecycle, :lowStock, :outOfStock, :backorderCap,"
            + " :leadTime, :leadTimeStdDev, :serviceLevel, :packSize, :reviewPeriod, :status, :reorderNeeded,"
            + " :demandDay, :demandWindow, :demandMean, :demandStdDev, :demandDays, :demandUnits";
    private static final String SET = "lifecycle = :lifecycle, low_stock_threshold = :lowStock,"
            + " out_of_stock_threshold = :outOfStock, backorder_cap = :backorderCap, lead_time_days = :leadTime,"
            + " lead_time_stddev_days = :leadTimeStdDev, service_level = :serviceLevel, pack_size = :packSize,"
            + " review_period_days = :reviewPeriod, signal_status = :status, signal_reorder_needed = :reorderNeeded,"
            + " demand_epoch_day = :demandDay, demand_window_days = :demandWindow, demand_mean = :demandMean,"
            + " demand_stddev = :demandStdDev, demand_days = :demandDays, demand_units = :demandUnits";
    private static final int IN_LIST_CHUNK = 500;

    /**
     * A mode's plans among {@code :parts} (an array), joined as a table so that H2 looks each one up by the whole
     * key (see JdbiInventoryItemRepository#findAllForUpdate).
     */
    static final String PLANS_OF = "SELECT " + COLUMNS + " FROM item_plan JOIN UNNEST(:parts) AS wanted(part)"
            + " ON item_plan.part_number = wanted.part WHERE item_plan.mode = :mode";

    /** PostgreSQL: one index lookup per wanted part, whatever the statistics say (see the item repository). */
    static final String PLANS_OF_POSTGRES = "SELECT p.* FROM UNNEST(:parts) AS wanted(part) CROSS JOIN LATERAL"
            + " (SELECT " + COLUMNS + " FROM item_plan WHERE mode = :mode AND part_number = wanted.part OFFSET 0) p";

    private final Store store;

    public JdbiItemPlanRepository(Jdbi jdbi) {
        this.store = new Store(jdbi);
    }

    @Override
    public Optional<ItemPlan> find(ItemKey key) {
        return store.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM item_plan WHERE mode = :mode AND part_number = :partNumber")
                .bind("mode", key.mode().wireName())
                .bind("partNumber", key.partNumber().value())
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    @Override
    public Map<ItemKey, ItemPlan> findAll(Collection<ItemKey> keys) {
        Map<ItemKey, ItemPlan> found = new HashMap<>();
        Map<Mode, List<String>> byMode = new HashMap<>();
        for (ItemKey key : keys) {
            byMode.computeIfAbsent(key.mode(), m -> new ArrayList<>()).add(key.partNumber().value());
        }
        store.useHandle(handle -> byMode.forEach((mode, parts) -> {
            for (int from = 0; from < parts.size(); from += IN_LIST_CHUNK) {
                load(handle, mode, parts.subList(from, Math.min(parts.size(), from + IN_LIST_CHUNK)), found);
            }
        }));
        return found;
    }

    private void load(Handle handle, Mode mode, List<String> parts, Map<ItemKey, ItemPlan> into) {
        handle.createQuery(store.isPostgres(handle) ? PLANS_OF_POSTGRES : PLANS_OF)
                .bind("mode", mode.wireName())
                .bindArray("parts", String.class, parts)
                .map((rs, ctx) -> map(rs))
                .forEach(plan -> into.put(plan.key(), plan));
    }

    @Override
    public Map<ItemKey, ItemPlan> findByMode(Mode mode) {
        Map<ItemKey, ItemPlan> found = new LinkedHashMap<>();
        store.useHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM item_plan WHERE mode = :mode")
                .bind("mode", mode.wireName())
                .map((rs, ctx) -> map(rs))
                .forEach(plan -> found.put(plan.key(), plan)));
        return found;
    }

    @Override
    public void save(ItemPlan plan) {
        Map<String, Object> values = bindings(plan);
        store.useHandle(handle -> {
            int updated = handle.createUpdate("UPDATE item_plan SET " + SET
                    + " WHERE mode = :mode AND part_number = :partNumber").bindMap(values).execute();
            if (updated == 0) {
                handle.createUpdate("INSERT INTO item_plan (" + COLUMNS + ") VALUES (" + VALUES + ")")
                        .bindMap(values).execute();
            }
        });
    }

    @Override
    public void saveAll(Collection<ItemPlan> plans) {
        if (plans.isEmpty()) {
            return;
        }
        List<Map<String, Object>> values = plans.stream().map(JdbiItemPlanRepository::bindings).toList();
        store.useHandle(handle -> {
            PreparedBatch updates = handle.prepareBatch("UPDATE item_plan SET " + SET
                    + " WHERE mode = :mode AND part_number = :partNumber");
            values.forEach(plan -> updates.bindMap(plan).add());
            int[] counts = updates.execute();
            PreparedBatch inserts = handle.prepareBatch("INSERT INTO item_plan (" + COLUMNS + ") VALUES (" + VALUES + ")");
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    inserts.bindMap(values.get(i)).add();
                }
            }
            if (inserts.size() > 0) {
                inserts.execute();
            }
        });
    }

    private static Map<String, Object> bindings(ItemPlan plan) {
        ItemPolicy policy = plan.policy();
        Map<String, Object> values = new HashMap<>();
        values.put("mode", plan.key().mode().wireName());
        values.put("partNumber", plan.key().partNumber().value());
        values.put("lifecycle", policy.lifecycle().name());
        values.put("lowStock", policy.lowStockThreshold());
        values.put("outOfStock", policy.outOfStockThreshold());
        values.put("backorderCap", policy.backorderCap() == null ? null
                : policy.backorderCap().units().orElse(UNLIMITED));
        values.put("leadTime", policy.leadTimeDays());
        values.put("leadTimeStdDev", policy.leadTimeStdDevDays());
        values.put("serviceLevel", policy.serviceLevel());
        values.put("packSize", policy.packSize());
        values.put("reviewPeriod", policy.reviewPeriodDays());
        StockSignals signals = plan.signals();
        values.put("status", signals == null ? null : signals.status().name());
        values.put("reorderNeeded", signals == null ? null : signals.reorderNeeded());
        DemandSnapshot demand = plan.demand();
        values.put("demandDay", demand == null ? null : demand.day().toEpochDay());
        values.put("demandWindow", demand == null ? null : demand.windowDays());
        values.put("demandMean", demand == null ? null : demand.estimate().meanDaily());
        values.put("demandStdDev", demand == null ? null : demand.estimate().stdDevDaily());
        values.put("demandDays", demand == null ? null : demand.estimate().countedDays());
        values.put("demandUnits", demand == null ? null : demand.estimate().units());
        return values;
    }

    private static ItemPlan map(ResultSet rs) throws SQLException {
        ItemKey key = new ItemKey(Mode.parse(rs.getString("mode")), new PartNumber(rs.getString("part_number")));
        Long cap = rs.getObject("backorder_cap", Long.class);
        ItemPolicy policy = new ItemPolicy(Lifecycle.valueOf(rs.getString("lifecycle")),
                rs.getObject("low_stock_threshold", Long.class), rs.getObject("out_of_stock_threshold", Long.class),
                cap == null ? null : cap == UNLIMITED ? BackorderCap.unlimited() : BackorderCap.of(cap),
                rs.getObject("lead_time_days", Double.class), rs.getObject("lead_time_stddev_days", Double.class),
                rs.getObject("service_level", Double.class), rs.getObject("pack_size", Long.class),
                rs.getObject("review_period_days", Double.class));
        String status = rs.getString("signal_status");
        StockSignals signals = status == null ? null
                : new StockSignals(Availability.valueOf(status), rs.getBoolean("signal_reorder_needed"));
        Long day = rs.getObject("demand_epoch_day", Long.class);
        DemandSnapshot demand = day == null ? null : new DemandSnapshot(LocalDate.ofEpochDay(day),
                rs.getInt("demand_window_days"), new DemandEstimate(rs.getDouble("demand_mean"),
                        rs.getDouble("demand_stddev"), rs.getInt("demand_days"), rs.getLong("demand_units")));
        return new ItemPlan(key, policy, signals, demand);
    }
}
