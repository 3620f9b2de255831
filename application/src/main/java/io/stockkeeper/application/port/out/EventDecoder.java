package io.stockkeeper.application.port.out;

/** Reads the wire format of a Digital River event. */
public interface EventDecoder {

    /**
     * @throws io.stockkeeper.application.port.in.MalformedEventException when the payload is not a JSON
     *     object with a string {@code id} and {@code type}
     */
    DecodedEvent decode(String payload);
}
