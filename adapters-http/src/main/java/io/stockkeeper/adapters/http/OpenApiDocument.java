package io.stockkeeper.adapters.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The OpenAPI document served at {@code /openapi.json}, kept beside the code as a resource. */
public final class OpenApiDocument {

    public static final String PATH = "/openapi.json";
    private static final String RESOURCE = "/io/stockkeeper/adapters/http/openapi.json";

    private OpenApiDocument() {
    }

    public static String text() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
