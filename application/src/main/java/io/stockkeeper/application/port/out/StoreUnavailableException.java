package io.stockkeeper.application.port.out;

/** The store could not be reached or could not commit: nothing was stored, the caller may try again later. */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
