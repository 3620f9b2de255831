package io.stockkeeper.adapters.http.webhook;

import java.time.Duration;

/**
 * Told how each delivery was answered at the HTTP edge, including the ones turned away before intake
 * (bad signature, too large, not JSON...). Must be quick and must not throw.
 */
public interface WebhookObserver {

    /** The reason a delivery with a signature that does not verify is rejected with. */
    String INVALID_SIGNATURE = "invalid-signature";

    WebhookObserver NONE = new WebhookObserver() {
        @Override
        public void answered(int status, Duration elapsed) {
        }

        @Override
        public void rejected(String reason, int status) {
        }
    };

    /** Every delivery, once, with its status and the time from the request arriving to the answer. */
    void answered(int status, Duration elapsed);

    /** A delivery refused with a 4xx or 5xx, by the problem type's short name (e.g. {@value #INVALID_SIGNATURE}). */
    void rejected(String reason, int status);
}
