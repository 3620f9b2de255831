package io.stockkeeper.adapters.http.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockkeeper.adapters.http.ProblemException;

/** Reads a request body that must be a JSON object, or answers 400. */
final class JsonBodies {

    private JsonBodies() {
    }

    static JsonNode object(ObjectMapper mapper, String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : mapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw ProblemException.badRequest("the body must be a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw ProblemException.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
