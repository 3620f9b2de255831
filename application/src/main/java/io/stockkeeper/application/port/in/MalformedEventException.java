package io.stockkeeper.application.port.in;

/** The payload is not a JSON event envelope: nothing can be stored, the sender must fix it. */
public class MalformedEventException extends IllegalArgumentException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
