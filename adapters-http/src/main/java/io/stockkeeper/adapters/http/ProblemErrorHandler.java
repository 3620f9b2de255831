package io.stockkeeper.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors Jetty answers itself, before a route runs (a malformed request line, a URI too long, two
 * Content-Length headers), come out as problem details too, not as an HTML page. While the service stops,
 * Jetty answers requests on connections still open with 503: those also say when to retry and are logged,
 * as every refused delivery is.
 */
final class ProblemErrorHandler extends ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final ObjectMapper mapper;
    private final int retryAfterSeconds;

    ProblemErrorHandler(ObjectMapper mapper, int retryAfterSeconds) {
        this.mapper = mapper;
        this.retryAfterSeconds = retryAfterSeconds;
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        return ByteBuffer.wrap(json(problem(status, reason, null)));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
            HttpServletResponse response, int code, String message) throws IOException {
        baseRequest.setHandled(true);
        if (code == HttpStatus.SERVICE_UNAVAILABLE_503) {
            LOG.warn("refused {} {}: 503 {}", request.getMethod(), request.getRequestURI(),
                    message == null ? "unavailable" : message);
            response.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
        }
        response.setContentType(Problem.CONTENT_TYPE);
        byte[] body = json(problem(code, message, request.getRequestURI()));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static Problem problem(int status, String reason, String path) {
        String title = HttpStatus.getMessage(status);
        String detail = reason == null || reason.isBlank() ? title : reason;
        return Problem.of(status, "http-" + status, title, "the request was rejected: " + detail).at(path);
    }

    private byte[] json(Problem problem) {
        try {
            return mapper.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serialises", e);
        }
    }
}
