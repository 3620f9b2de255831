package io.stockkeeper.application.port.in;

public class EventNotFoundException extends RuntimeException {

    public EventNotFoundException(String eventId) {
        super("no event with id '" + eventId + "' has been received");
    }
}
