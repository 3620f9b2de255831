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

/**
 * Errors Jetty answers itself, before a route runs (a malformed request line, a URI too long, two
 * Content-Length headers), come out as problem details too, not as an HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {

    private final ObjectMapper mapper;

    ProblemErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
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
