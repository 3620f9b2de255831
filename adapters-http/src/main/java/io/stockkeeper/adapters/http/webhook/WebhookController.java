package io.stockkeeper.adapters.http.webhook;

import io.javalin.http.Context;
import io.stockkeeper.adapters.http.Problem;
import io.stockkeeper.adapters.http.ProblemException;
import io.stockkeeper.application.port.in.MalformedEventException;
import io.stockkeeper.application.port.in.ReceiveEventCommand;
import io.stockkeeper.application.port.in.ReceiveInventoryEventUseCase;
import io.stockkeeper.application.port.in.ReceiveResult;
import io.stockkeeper.application.port.out.StoreUnavailableException;
import io.stockkeeper.domain.EventOutcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /webhooks/digital-river}. Checks who is sending, reads the exact raw bytes within the
 * size limit, verifies them, and hands the text to intake. Answers 2xx only after intake has committed.
 * Intake logs each accepted delivery (with its event id and type); a refused one is logged here, with the
 * reason, and never with its body.
 */
public final class WebhookController {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookController.class);

    private final ReceiveInventoryEventUseCase intake;
    private final WebhookSecurity security;
    private final int maxBodyBytes;
    private final WebhookObserver observer;

    public WebhookController(ReceiveInventoryEventUseCase intake, WebhookSecurity security, int maxBodyBytes) {
        this(intake, security, maxBodyBytes, WebhookObserver.NONE);
    }

    public WebhookController(ReceiveInventoryEventUseCase intake, WebhookSecurity security, int maxBodyBytes,
            WebhookObserver observer) {
        this.intake = intake;
        this.security = security;
        this.maxBodyBytes = maxBodyBytes;
        this.observer = observer;
    }

    public void receive(Context ctx) {
        long started = System.nanoTime();
        try {
            int status = handle(ctx);
            observer.answered(status, Duration.ofNanos(System.nanoTime() - started));
        } catch (ProblemException e) {
            refused(problemName(e.problem()), e.problem().status(), e.getMessage(), started);
            throw e;
        } catch (MalformedEventException e) {
            refused("malformed-event", 400, e.getMessage(), started);
            throw e;
        } catch (StoreUnavailableException e) {
            refused("store-unavailable", 503, "the event could not be stored", started);
            throw e;
        } catch (RuntimeException e) {
            refused("internal-error", 500, e.getClass().getSimpleName(), started);
            throw e;
        }
    }

    private void refused(String reason, int status, String detail, long started) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        observer.rejected(reason, status);
        observer.answered(status, elapsed);
        LOG.atWarn().setMessage("delivery rejected")
                .addKeyValue("reason", reason)
                .addKeyValue("status", status)
                .addKeyValue("durationMs", elapsed.toMillis())
                .addKeyValue("detail", detail)
                .log();
    }

    private static String problemName(Problem problem) {
        return problem.type().substring(problem.type().lastIndexOf(':') + 1);
    }

    private int handle(Context ctx) {
        String client = security.clientAddress(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
        if (!security.senderAllowed(client)) {
            throw new ProblemException(Problem.of(403, "sender-not-allowed", "Sender not allowed",
                    "deliveries are not accepted from " + client));
        }
        security.basicFailure(ctx.header("Authorization")).ifPresent(reason -> {
            throw new ProblemException(Problem.of(401, "unauthorized", "Authentication failed", reason),
                    java.util.Map.of("WWW-Authenticate", "Basic realm=\"stockkeeper\", charset=\"UTF-8\""));
        });
        byte[] body = readBody(ctx);
        security.signatureFailure(signatureHeaders(ctx), body).ifPresent(reason -> {
            throw new ProblemException(Problem.of(401, WebhookObserver.INVALID_SIGNATURE,
                    "Signature verification failed", reason));
        });
        requireJson(ctx.header("Content-Type"));
        requireIdentityEncoding(ctx.header("Content-Encoding"));
        ReceiveResult result = intake.receive(new ReceiveEventCommand(utf8(body)));
        int status = result.outcome() == EventOutcome.QUARANTINED ? 202 : 200;
        ctx.status(status).json(WebhookResponse.from(result));
        return status;
    }

    private static List<String> signatureHeaders(Context ctx) {
        return Collections.list(ctx.req().getHeaders(SignatureVerifier.HEADER));
    }

    private byte[] readBody(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBodyBytes) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
            byte[] buffer = new byte[8192];
            int total = 0;
            for (int read; (read = in.read(buffer)) != -1; ) {
                total += read;
                if (total > maxBodyBytes) {
                    throw tooLarge();
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ProblemException.badRequest("the body could not be read: " + e.getMessage());
        }
    }

    private ProblemException tooLarge() {
        return new ProblemException(Problem.of(413, "payload-too-large", "Payload too large",
                "the body is larger than " + maxBodyBytes + " bytes"));
    }

    /** JSON, in UTF-8: {@code application/json} or a {@code +json} type, any case, charset absent, quoted or not. */
    static void requireJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw unsupported("the Content-Type header is missing; send application/json");
        }
        String[] parts = contentType.split(";");
        String mediaType = parts[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json") && !(mediaType.startsWith("application/") && mediaType.endsWith("+json"))) {
            throw unsupported("Content-Type '" + contentType + "' is not JSON; send application/json");
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("charset")) {
                String charset = parameter.substring(equals + 1).trim().replace("\"", "").replace("'", "");
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")
                        && !charset.equalsIgnoreCase("us-ascii")) {
                    throw unsupported("charset '" + charset + "' is not supported; JSON must be UTF-8");
                }
            }
        }
    }

    /** Digital River sends plain bodies; a compressed one cannot be the JSON that was signed. */
    static void requireIdentityEncoding(String contentEncoding) {
        if (contentEncoding != null && !contentEncoding.isBlank()
                && !contentEncoding.trim().equalsIgnoreCase("identity")) {
            throw unsupported("Content-Encoding '" + contentEncoding + "' is not supported; send the JSON uncompressed");
        }
    }

    private static ProblemException unsupported(String detail) {
        return new ProblemException(Problem.of(415, "unsupported-media-type", "Unsupported media type", detail));
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("the body is not valid UTF-8");
        }
    }

    /** The answer Digital River gets; people reading logs and tests read it too. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record WebhookResponse(String eventId, String outcome, String reason, String firstOutcome) {
        static WebhookResponse from(ReceiveResult result) {
            return new WebhookResponse(result.eventId(), result.outcome().wireName(), result.reason(),
                    result.outcome() == EventOutcome.DUPLICATE ? result.firstOutcome().wireName() : null);
        }
    }

}
