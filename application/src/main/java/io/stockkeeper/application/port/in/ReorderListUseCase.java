package io.stockkeeper.application.port.in;

import java.util.List;

/** Items at or below their reorder point, most urgent first (fewest days of cover, then largest shortfall). */
public interface ReorderListUseCase {

    List<ReorderLine> reorderList(ReorderListQuery query);
}
