package io.stockkeeper.application.port.in;

import io.stockkeeper.domain.Change;
import java.util.List;

/** Changes in feed order, and the position to ask after next time (unchanged when there were none). */
public record ChangesPage(List<Change> changes, long next) {

    public ChangesPage {
        changes = List.copyOf(changes);
    }
}
