package io.stockkeeper.adapters.http.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies Digital River's {@code DigitalRiver-Signature}: HMAC-SHA256 with a webhook secret over
 * {@code <timestamp> + "." + <exact raw body bytes>}.
 *
 * <p>The grammar is not documented, so both forms seen in the wild are read: Digital River's connector
 * form {@code <timestamp>, <signature>[, <signature>...]} and the {@code t=<timestamp>,v0=<signature>[,v0=...]}
 * form. Signatures may be hex or Base64 (standard or URL-safe, padded or not). The timestamp may be in
 * seconds or milliseconds and must lie within the tolerance in either direction. Comparison is
 * constant-time. Any of up to five secrets may match, for rotation.
 */
public final class SignatureVerifier {

    public static final String HEADER = "DigitalRiver-Signature";
    public static final int MAX_SECRETS = 5;
    private static final long MILLISECOND_TIMESTAMPS_FROM = 100_000_000_000L; // year 5138 in seconds

    private final List<byte[]> secrets;
    private final Duration tolerance;
    private final Clock clock;

    public SignatureVerifier(List<String> secrets, Duration tolerance, Clock clock) {
        Objects.requireNonNull(secrets, "secrets");
        if (secrets.isEmpty() || secrets.size() > MAX_SECRETS) {
            throw new IllegalArgumentException("between 1 and " + MAX_SECRETS + " webhook secrets are needed, got "
                    + secrets.size());
        }
        List<byte[]> keys = new ArrayList<>();
        for (String secret : secrets) {
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("a webhook secret is empty");
            }
            keys.add(secret.getBytes(StandardCharsets.UTF_8));
        }
        if (tolerance.isNegative() || tolerance.isZero()) {
            throw new IllegalArgumentException("signature tolerance must be positive");
        }
        this.secrets = List.copyOf(keys);
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /** Checks every header value given (a sender may repeat the header); the first that verifies wins. */
    public Verification verify(List<String> headerValues, byte[] body) {
        if (headerValues == null || headerValues.isEmpty()) {
            return Verification.failed("the " + HEADER + " header is missing");
        }
        Verification last = null;
        for (String value : headerValues) {
            last = verifyOne(value, body);
            if (last.valid()) {
                return last;
            }
        }
        return last;
    }

    private Verification verifyOne(String headerValue, byte[] body) {
        ParsedHeader header = ParsedHeader.parse(headerValue);
        if (header == null) {
            return Verification.failed("the " + HEADER + " header is not '<timestamp>, <signature>' or"
                    + " 't=<timestamp>,v0=<signature>'");
        }
        Instant signedAt = header.instant();
        Duration skew = Duration.between(signedAt, clock.instant()).abs();
        if (skew.compareTo(tolerance) > 0) {
            long awaySeconds = (skew.toMillis() + 999) / 1000;
            return Verification.failed("the signature timestamp is " + awaySeconds + " s "
                    + (signedAt.isAfter(clock.instant()) ? "ahead of" : "behind") + " now; at most "
                    + tolerance.getSeconds() + " s either way is accepted");
        }
        for (byte[] secret : secrets) {
            byte[] expected = hmac(secret, header.timestamp(), body);
            for (String candidate : header.signatures()) {
                for (byte[] decoded : decodings(candidate)) {
                    if (MessageDigest.isEqual(expected, decoded)) {
                        return Verification.ok();
                    }
                }
            }
        }
        return Verification.failed("no signature matches any configured secret");
    }

    /** When the header says it was signed, if it can be read at all. */
    public static java.util.Optional<Instant> signedAt(String headerValue) {
        ParsedHeader header = ParsedHeader.parse(headerValue);
        return header == null ? java.util.Optional.empty() : java.util.Optional.of(header.instant());
    }

    /** Signs a body as Digital River does; for the command line and tests. Returns the hex signature. */
    public static String sign(String secret, String timestamp, byte[] body) {
        byte[] mac = hmac(secret.getBytes(StandardCharsets.UTF_8), timestamp, body);
        StringBuilder hex = new StringBuilder(mac.length * 2);
        for (byte b : mac) {
            hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return hex.toString();
    }

    /** The header value in the {@code t=...,v0=...} form, signed now. */
    public static String header(String secret, Instant now, byte[] body) {
        String timestamp = Long.toString(now.getEpochSecond());
        return "t=" + timestamp + ",v0=" + sign(secret, timestamp, body);
    }

    private static byte[] hmac(byte[] secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '.');
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static List<byte[]> decodings(String candidate) {
        List<byte[]> result = new ArrayList<>(2);
        byte[] hex = hexOrNull(candidate);
        if (hex != null) {
            result.add(hex);
        }
        try {
            String normalized = candidate.replace('-', '+').replace('_', '/');
            result.add(Base64.getDecoder().decode(pad(normalized)));
        } catch (IllegalArgumentException notBase64) {
            // not Base64: the hex reading, if any, is all there is
        }
        return result;
    }

    private static String pad(String base64) {
        int remainder = base64.length() % 4;
        return remainder == 0 ? base64 : base64 + "===".substring(0, 4 - remainder);
    }

    private static byte[] hexOrNull(String text) {
        if (text.length() % 2 != 0) {
            return null;
        }
        byte[] bytes = new byte[text.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            int high = Character.digit(text.charAt(2 * i), 16);
            int low = Character.digit(text.charAt(2 * i + 1), 16);
            if (high < 0 || low < 0) {
                return null;
            }
            bytes[i] = (byte) ((high << 4) | low);
        }
        return bytes;
    }

    /** A header reduced to the signed timestamp, exactly as sent, and the candidate signatures. */
    record ParsedHeader(String timestamp, List<String> signatures) {

        static ParsedHeader parse(String value) {
            if (value == null) {
                return null;
            }
            String timestamp = null;
            List<String> signatures = new ArrayList<>();
            for (String rawPart : value.split("[,;]")) {
                String part = rawPart.trim();
                if (part.isEmpty()) {
                    continue;
                }
                int equals = part.indexOf('=');
                String key = equals > 0 ? part.substring(0, equals).trim() : "";
                if (key.equals("t") || key.equals("ts")) {
                    timestamp = part.substring(equals + 1).trim();
                } else if (key.matches("v\\d+|s|sig|signature")) {
                    signatures.add(part.substring(equals + 1).trim());
                } else if (timestamp == null && signatures.isEmpty() && part.chars().allMatch(Character::isDigit)) {
                    timestamp = part;
                } else if (!part.isEmpty()) {
                    signatures.add(part);
                }
            }
            if (timestamp == null || signatures.isEmpty() || timestamp.isEmpty() || timestamp.length() > 18
                    || !timestamp.chars().allMatch(Character::isDigit)) {
                return null;
            }
            return new ParsedHeader(timestamp, List.copyOf(signatures));
        }

        Instant instant() {
            long value = Long.parseLong(timestamp);
            return value >= MILLISECOND_TIMESTAMPS_FROM ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
        }
    }

    /** Whether a delivery is authentic, and if not, why. */
    public record Verification(boolean valid, String reason) {
        static Verification ok() {
            return new Verification(true, null);
        }

        static Verification failed(String reason) {
            return new Verification(false, reason);
        }
    }
}
