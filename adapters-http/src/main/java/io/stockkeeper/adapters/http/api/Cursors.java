package io.stockkeeper.adapters.http.api;

import io.stockkeeper.adapters.http.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque page cursors: the part number to continue after, Base64url-encoded. */
final class Cursors {

    private Cursors() {
    }

    static String encode(String partNumber) {
        return partNumber == null ? null
                : Base64.getUrlEncoder().withoutPadding().encodeToString(partNumber.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String partNumber = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            if (partNumber.isEmpty()) {
                throw new IllegalArgumentException("empty");
            }
            return partNumber;
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("cursor '" + cursor + "' is not one this API handed out");
        }
    }
}
