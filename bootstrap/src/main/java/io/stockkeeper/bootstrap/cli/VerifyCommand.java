package io.stockkeeper.bootstrap.cli;

import io.stockkeeper.adapters.http.webhook.SignatureVerifier;
import io.stockkeeper.bootstrap.Config;
import io.stockkeeper.bootstrap.Settings;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Checks a captured delivery (its headers and its exact body) against the configured secrets and says
 * why it fails. A capture is usually older than the live window, so the time is reported, and only
 * enforced with {@code --check-time}.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a captured delivery's DigitalRiver-Signature against the configured secrets.")
public final class VerifyCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--headers", required = true,
            description = "File of captured request headers, one 'Name: value' per line.")
    Path headers;

    @Option(names = "--body", required = true, description = "File holding the exact request body bytes.")
    Path body;

    @Option(names = "--secret", description = "Secret(s) to try (default: the configured ones, as the service reads them).", split = ",")
    List<String> secrets;

    @Option(names = "--check-time", description = "Also require the signature time to be within the tolerance of now.")
    boolean checkTime;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> keys = secrets != null ? secrets : configuredSecrets();
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no secret: pass --secret or set " + Config.WEBHOOK_SECRETS + " or "
                    + Config.WEBHOOK_SECRETS_FILE);
        }
        List<String> signatureHeaders = signatureHeaders(read(headers));
        if (signatureHeaders.isEmpty()) {
            out.println("INVALID: no " + SignatureVerifier.HEADER + " header in " + headers);
            return 1;
        }
        byte[] bytes = readBytes(body);
        Optional<Instant> signedAt = SignatureVerifier.signedAt(signatureHeaders.get(0));
        Clock clock = checkTime || signedAt.isEmpty() ? Clock.systemUTC()
                : Clock.fixed(signedAt.get(), ZoneOffset.UTC);
        SignatureVerifier.Verification result =
                new SignatureVerifier(keys, Duration.ofSeconds(300), clock).verify(signatureHeaders, bytes);
        String when = signedAt.map(at -> " (signed at " + at + ", "
                + Duration.between(at, Instant.now()).getSeconds() + " s ago)").orElse("");
        if (result.valid()) {
            out.println("VALID: the signature matches a configured secret" + when);
            return 0;
        }
        out.println("INVALID: " + result.reason() + when);
        return 1;
    }

    private static List<String> signatureHeaders(String captured) {
        List<String> values = new ArrayList<>();
        for (String line : captured.split("\\R")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(SignatureVerifier.HEADER)) {
                values.add(line.substring(colon + 1).trim());
            }
        }
        return values;
    }

    /** The secrets as the service reads them (variable, secrets file, properties file). */
    private static List<String> configuredSecrets() {
        return Config.webhookSecrets(Settings.of(System.getenv()));
    }

    private static String read(Path path) {
        return new String(readBytes(path), StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(Path path) {
        return FileText.bytes(path);
    }
}
