package io.stockkeeper.application.port.in;

/**
 * Takes one webhook delivery, already authenticated by the transport, and stores it with its effect
 * on inventory in one transaction. Safe to call any number of times with the same event.
 */
public interface ReceiveInventoryEventUseCase {

    /**
     * @throws MalformedEventException when the payload is not a JSON event envelope (no id or type)
     * @throws io.stockkeeper.application.port.out.StoreUnavailableException when it could not be stored durably
     */
    ReceiveResult receive(ReceiveEventCommand command);
}
