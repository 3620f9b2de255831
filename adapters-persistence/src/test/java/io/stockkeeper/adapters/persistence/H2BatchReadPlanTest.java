package io.stockkeeper.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Intake reads a batch's items, products and plans in one statement each. On H2 each wanted item must be
 * looked up by the whole primary key: with "part_number = ANY(?)" H2 used only the key's first column (the
 * mode) and read every item of the mode for every batch, which made intake 80 % slower at 100k items.
 */
class H2BatchReadPlanTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"items", "products", "plans"})
    void each_wanted_item_is_looked_up_by_mode_and_part_number(String which) {
        String statement = switch (which) {
            case "items" -> JdbiInventoryItemRepository.LOCK_ITEMS;
            case "products" -> JdbiInventoryItemRepository.PRODUCTS_OF;
            default -> JdbiItemPlanRepository.PLANS_OF;
        };
        try (Database database = TestDatabases.h2(folder)) {
            String plan = database.jdbi().withHandle(handle -> handle.createQuery("EXPLAIN " + statement)
                    .bind("mode", "live")
                    .bindArray("parts", String.class, List.of("AAA", "BBB"))
                    .mapTo(String.class)
                    .one());

            assertThat(plan.replaceAll("\\s+", " "))
                    .as("H2's plan of the %s read", which)
                    .containsPattern("/\\* PUBLIC\\.\\w+: MODE = \\?\\d+ AND PART_NUMBER = WANTED\\.PART \\*/");
        }
    }
}
