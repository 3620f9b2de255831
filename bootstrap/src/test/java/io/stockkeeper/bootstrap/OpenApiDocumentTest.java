package io.stockkeeper.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The OpenAPI document served describes exactly the routes served: no more, no fewer. */
class OpenApiDocumentTest {

    @Test
    void the_served_document_lists_every_route_and_only_those() throws Exception {
        try (RunningStockkeeper service = RunningStockkeeper.onH2(Map.of(Config.API_TOKEN, "t"))) {
            HttpResponse<String> response = service.get("/openapi.json");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
            JsonNode document = new ObjectMapper().readTree(response.body());
            assertThat(document.path("openapi").asText()).startsWith("3.");
            Set<String> documented = new TreeSet<>();
            document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                    method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

            assertThat(documented).isEqualTo(new TreeSet<>(service.routes()));
            document.path("paths").fields().forEachRemaining(path -> path.getValue().forEach(operation -> {
                boolean secured = operation.has("security");
                assertThat(secured).as("%s declares the bearer token", path.getKey())
                        .isEqualTo(path.getKey().startsWith("/api/"));
            }));
        }
    }
}
