package io.stockkeeper.application.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Digital River deliveries from shared/fixtures, copied into this test-jar so a clone builds alone. */
public final class Fixtures {

    public static final String UPDATED = "self-managed-updated.json";
    public static final String RESTOCK_2_TO_50 = "self-managed-restock-2-to-50.json";
    public static final String SET_TO_ZERO = "self-managed-set-to-zero.json";
    public static final String BACKORDER_ENABLED = "self-managed-backorder-enabled.json";
    public static final String FULFILLER_MANAGED = "fulfiller-managed-updated.json";
    public static final String UNRELATED = "unrelated-event-order-accepted.json";

    public static final List<String> ALL =
            List.of(UPDATED, RESTOCK_2_TO_50, SET_TO_ZERO, BACKORDER_ENABLED, FULFILLER_MANAGED, UNRELATED);

    private Fixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/digital-river/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
