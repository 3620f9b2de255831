package io.stockkeeper.adapters.persistence;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Opens real databases of one kind for a test and closes (and, on PostgreSQL, drops) every one of them
 * after it, after the test's own {@code @AfterEach} methods have run.
 */
final class OpenDatabases implements AfterEachCallback {

    private final DatabaseFixture.Kind kind;
    private final List<DatabaseFixture> open = new ArrayList<>();

    OpenDatabases(DatabaseFixture.Kind kind) {
        this.kind = kind;
    }

    DatabaseFixture open() {
        DatabaseFixture fixture = DatabaseFixture.open(kind);
        open.add(fixture);
        return fixture;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        for (DatabaseFixture fixture : open) {
            fixture.close();
        }
        open.clear();
    }
}
