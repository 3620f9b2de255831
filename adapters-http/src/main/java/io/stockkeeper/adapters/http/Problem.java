package io.stockkeeper.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details: what went wrong, for a person and for a program. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String CONTENT_TYPE = "application/problem+json";

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem("urn:stockkeeper:problem:" + slug, title, status, detail, null);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path);
    }
}
