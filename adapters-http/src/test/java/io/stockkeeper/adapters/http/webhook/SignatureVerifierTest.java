package io.stockkeeper.adapters.http.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SignatureVerifierTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final byte[] BODY = "{\"id\":\"e1\",\"partNumber\":\"Größe\"}".getBytes(StandardCharsets.UTF_8);
    private static final String SECRET = "whsec_one";

    private final SignatureVerifier verifier =
            new SignatureVerifier(List.of(SECRET), Duration.ofSeconds(300), Clock.fixed(NOW, ZoneOffset.UTC));

    /** Computed independently of the class under test. */
    private static byte[] hmac(String secret, String timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return mac.doFinal(body);
    }

    private static String seconds(Instant at) {
        return Long.toString(at.getEpochSecond());
    }

    private boolean verifies(String header) {
        return verifier.verify(List.of(header), BODY).valid();
    }

    @Test
    void digital_rivers_connector_form_with_a_base64_signature_verifies() throws Exception {
        String ts = seconds(NOW);
        String signature = Base64.getEncoder().encodeToString(hmac(SECRET, ts, BODY));

        assertThat(verifies(ts + ", " + signature)).isTrue();
    }

    @Test
    void the_t_v0_form_with_a_hex_signature_verifies() throws Exception {
        String ts = seconds(NOW);

        assertThat(verifies("t=" + ts + ",v0=" + HexFormat.of().formatHex(hmac(SECRET, ts, BODY)))).isTrue();
        assertThat(verifies("t=" + ts + ",v0=" + HexFormat.of().withUpperCase().formatHex(hmac(SECRET, ts, BODY))))
                .isTrue();
    }

    @Test
    void url_safe_unpadded_base64_verifies() throws Exception {
        String ts = seconds(NOW);
        String signature = Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(SECRET, ts, BODY));

        assertThat(verifies("t=" + ts + ",v0=" + signature)).isTrue();
    }

    @Test
    void one_matching_signature_among_several_is_enough() throws Exception {
        String ts = seconds(NOW);
        String good = HexFormat.of().formatHex(hmac(SECRET, ts, BODY));
        String bad = HexFormat.of().formatHex(hmac("other", ts, BODY));

        assertThat(verifies("t=" + ts + ",v0=" + bad + ",v0=" + good)).isTrue();
        assertThat(verifies(ts + ", " + bad + ", " + good)).isTrue();
        assertThat(verifier.verify(List.of("t=" + ts + ",v0=" + bad, "t=" + ts + ",v0=" + good), BODY).valid())
                .isTrue();
    }

    @Test
    void any_of_five_rotating_secrets_verifies_and_a_sixth_is_refused() throws Exception {
        List<String> secrets = List.of("s1", "s2", "s3", "s4", "s5");
        SignatureVerifier rotating =
                new SignatureVerifier(secrets, Duration.ofSeconds(300), Clock.fixed(NOW, ZoneOffset.UTC));
        String ts = seconds(NOW);
        for (String secret : secrets) {
            assertThat(rotating.verify(List.of(ts + "," + Base64.getEncoder().encodeToString(hmac(secret, ts, BODY))),
                    BODY).valid()).as(secret).isTrue();
        }
        assertThatThrownBy(() -> new SignatureVerifier(List.of("1", "2", "3", "4", "5", "6"), Duration.ofSeconds(1),
                Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_signature_covers_the_exact_bytes() throws Exception {
        String ts = seconds(NOW);
        String header = "t=" + ts + ",v0=" + HexFormat.of().formatHex(hmac(SECRET, ts, BODY));
        byte[] reserialised = "{\"id\": \"e1\", \"partNumber\": \"Größe\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(verifier.verify(List.of(header), reserialised).valid()).isFalse();
        assertThat(verifier.verify(List.of(header), reserialised).reason()).contains("no signature matches");
    }

    @Test
    void a_wrong_secret_fails() throws Exception {
        String ts = seconds(NOW);

        assertThat(verifies("t=" + ts + ",v0=" + HexFormat.of().formatHex(hmac("wrong", ts, BODY)))).isFalse();
    }

    @Test
    void the_timestamp_window_holds_in_both_directions() throws Exception {
        for (long offset : new long[] {-300, 300}) {
            String ts = seconds(NOW.plusSeconds(offset));
            assertThat(verifies("t=" + ts + ",v0=" + HexFormat.of().formatHex(hmac(SECRET, ts, BODY))))
                    .as("offset %d", offset).isTrue();
        }
        for (long offset : new long[] {-301, 301, -86400}) {
            String ts = seconds(NOW.plusSeconds(offset));
            SignatureVerifier.Verification result = verifier.verify(
                    List.of("t=" + ts + ",v0=" + HexFormat.of().formatHex(hmac(SECRET, ts, BODY))), BODY);
            assertThat(result.valid()).as("offset %d", offset).isFalse();
            assertThat(result.reason()).contains(Math.abs(offset) + " s " + (offset > 0 ? "ahead of" : "behind") + " now");
        }
    }

    @Test
    void millisecond_timestamps_are_recognised() throws Exception {
        String ms = Long.toString(NOW.minusSeconds(10).toEpochMilli());
        String stale = Long.toString(NOW.minusSeconds(1000).toEpochMilli());

        assertThat(verifies(ms + "," + Base64.getEncoder().encodeToString(hmac(SECRET, ms, BODY)))).isTrue();
        assertThat(verifies(stale + "," + Base64.getEncoder().encodeToString(hmac(SECRET, stale, BODY)))).isFalse();
    }

    @Test
    void missing_and_malformed_headers_say_why() {
        assertThat(verifier.verify(List.of(), BODY).reason()).contains("missing");
        assertThat(verifier.verify(List.of("garbage"), BODY).reason()).contains("not '<timestamp>, <signature>'");
        assertThat(verifier.verify(List.of("t=abc,v0=00"), BODY).valid()).isFalse();
        assertThat(verifier.verify(List.of("t=99999999999999999999999,v0=00"), BODY).valid()).isFalse();
    }

    @Test
    void signing_helper_produces_what_the_verifier_accepts() {
        assertThat(verifies(SignatureVerifier.header(SECRET, NOW, BODY))).isTrue();
    }
}
