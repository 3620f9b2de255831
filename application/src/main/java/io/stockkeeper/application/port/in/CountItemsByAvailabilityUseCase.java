package io.stockkeeper.application.port.in;

/** How many items of each mode are in each availability status right now. */
public interface CountItemsByAvailabilityUseCase {

    AvailabilityCounts count();
}
