package io.stockkeeper.application.port.out;

/**
 * Told what became of each delivery once it is committed (or found to be a duplicate), so that
 * operators can count and time intake without the use case knowing how. Called on the request
 * thread; an implementation must be quick and must not throw.
 */
public interface IntakeObserver {

    /** Observes nothing: for embedders and tests that do not watch intake. */
    IntakeObserver NONE = observation -> { };

    void received(IntakeObservation observation);
}
