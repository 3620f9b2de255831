package io.stockkeeper.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockkeeper.application.service.IntakeSettings;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    @Test
    void with_a_token_configured_the_api_needs_it_as_a_bearer_credential_in_any_case_of_the_scheme() {
        try (TestServer server = TestServer.start(List.of(TestServer.SECRET), Optional.empty(),
                IntakeSettings.acceptingAllModes(), UnaryOperator.identity(),
                new HttpSettings(HttpSettings.DEFAULT_MAX_BODY_BYTES, Optional.of("tok123"), 10))) {
            HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/api/v1/events?outcome=applied"));

            assertThat(server.send(request.copy()).statusCode()).isEqualTo(401);
            assertThat(server.send(request.copy().header("Authorization", "Bearer wrong")).statusCode()).isEqualTo(401);
            assertThat(server.send(request.copy().header("Authorization", "Basic tok123")).statusCode()).isEqualTo(401);
            assertThat(server.send(request.copy().header("Authorization", "Bearer tok123")).statusCode()).isEqualTo(200);
            assertThat(server.send(request.copy().header("Authorization", "bearer tok123")).statusCode()).isEqualTo(200);
        }
    }
}
