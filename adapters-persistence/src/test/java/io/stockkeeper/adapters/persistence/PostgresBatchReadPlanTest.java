package io.stockkeeper.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Intake reads a batch's items, products and plans in one statement each. On PostgreSQL each wanted item
 * must be looked up by the whole primary key whatever the statistics say: with a plain join (or
 * "part_number = ANY(?)"), PostgreSQL planned tables it had not analysed yet (a young database, or autovacuum
 * off) as an index scan on the mode alone and read every item of the mode for every batch, about 1 ms per read
 * at 1,000 items, most of a batch's time. Checked before and after ANALYZE, on 1,000 items.
 */
class PostgresBatchReadPlanTest {

    private static TestDatabases.PostgresSchema schema;
    private static Database database;

    @BeforeAll
    static void thousandItems() {
        schema = TestDatabases.postgresSchema();
        database = TestDatabases.postgres(schema);
        database.jdbi().useHandle(handle -> {
            handle.execute("INSERT INTO inventory_item (mode, part_number, quantity, allow_back_order, management_type,"
                    + " last_source_nanos, last_created_nanos, last_event_id, version, gap_count, updated_at)"
                    + " SELECT 'live', 'PART-' || g, 5, false, 'SELF', 1, 1, 'e' || g, 1, 0, now()"
                    + " FROM generate_series(1, 1000) g");
            handle.execute("INSERT INTO item_product (mode, part_number, position, product_id)"
                    + " SELECT 'live', 'PART-' || g, 0, 'product-' || g FROM generate_series(1, 1000) g");
            handle.execute("INSERT INTO item_plan (mode, part_number, lifecycle)"
                    + " SELECT 'live', 'PART-' || g, 'ACTIVE' FROM generate_series(1, 1000) g");
        });
    }

    @AfterAll
    static void drop() {
        database.close();
        schema.close();
    }

    @ParameterizedTest(name = "{0}, analysed: {1}")
    @CsvSource({"items, false", "products, false", "plans, false", "items, true", "products, true", "plans, true"})
    void each_wanted_item_is_looked_up_by_mode_and_part_number(String which, boolean analysed) {
        String statement = switch (which) {
            case "items" -> JdbiInventoryItemRepository.LOCK_ITEMS_POSTGRES;
            case "products" -> JdbiInventoryItemRepository.PRODUCTS_OF_POSTGRES;
            default -> JdbiItemPlanRepository.PLANS_OF_POSTGRES;
        };
        String plan = database.jdbi().withHandle(handle -> {
            handle.begin();
            try {
                if (analysed) {
                    handle.execute("ANALYZE inventory_item, item_product, item_plan");
                }
                return explain(handle, statement);
            } finally {
                handle.rollback(); // the statistics too: every case starts from tables never analysed
            }
        });

        assertThat(plan)
                .as("PostgreSQL's plan of the %s read", which)
                .containsPattern("Index Cond: \\(\\(\\(mode\\)::text = 'live'::text\\) AND \\(\\(part_number\\)::text"
                        + " = \\(?wanted\\.part\\)?(::text)?\\)\\)")
                .doesNotContain("Seq Scan", "Join Filter", "Rows Removed");
    }

    private static String explain(Handle handle, String statement) {
        List<String> lines = handle.createQuery("EXPLAIN (ANALYZE, COSTS OFF) " + statement)
                .bind("mode", "live")
                .bindArray("parts", String.class, List.of("PART-1", "PART-500", "PART-999"))
                .mapTo(String.class)
                .list();
        return String.join("\n", lines);
    }
}
