package io.stockkeeper.bootstrap.observability;

import io.stockkeeper.application.port.out.IntakeObservation;
import io.stockkeeper.application.port.out.IntakeObserver;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells several observers, in order; one that throws does not keep the others from hearing. */
public final class IntakeObservers implements IntakeObserver {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeObservers.class);

    private final List<IntakeObserver> observers;

    public IntakeObservers(List<IntakeObserver> observers) {
        this.observers = List.copyOf(observers);
    }

    @Override
    public void received(IntakeObservation observation) {
        for (IntakeObserver observer : observers) {
            try {
                observer.received(observation);
            } catch (RuntimeException e) {
                LOG.warn("intake observer failed", e);
            }
        }
    }
}
