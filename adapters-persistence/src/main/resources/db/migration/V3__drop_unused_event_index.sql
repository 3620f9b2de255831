-- No query reads the event log by item: events are found by id (the primary key) and listed by outcome
-- (received_event_by_outcome). The index cost every stored event one more tree to write, on H2 at every
-- commit, and is dropped. An item's history is its ledger (stock_movement_by_item).
DROP INDEX received_event_by_item;
