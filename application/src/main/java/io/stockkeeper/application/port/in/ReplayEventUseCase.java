package io.stockkeeper.application.port.in;

/**
 * Runs a stored, quarantined event through intake again, once its cause has been fixed (a parser
 * that now reads it, a mode now accepted). The stored outcome is replaced by the new one.
 */
public interface ReplayEventUseCase {

    /**
     * @throws EventNotFoundException when no event has that id
     * @throws EventNotReplayableException when the event is not quarantined
     */
    ReceiveResult replay(ReplayEventCommand command);
}
