package io.stockkeeper.adapters.http.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockkeeper.adapters.http.HttpSettings;
import io.stockkeeper.adapters.http.TestServer;
import io.stockkeeper.application.service.IntakeSettings;
import io.stockkeeper.application.testing.Fixtures;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The sender allow-list over real HTTP: the test client connects from 127.0.0.1. */
class WebhookSenderNetworkTest {

    private static TestServer server(List<Cidr> allowed, List<Cidr> trustedProxies) {
        return TestServer.start(new WebhookSecurity(Optional.of(new SignatureVerifier(List.of(TestServer.SECRET),
                        Duration.ofSeconds(300), TestServer.clock())), Optional.empty(), allowed, trustedProxies),
                IntakeSettings.acceptingAllModes(), UnaryOperator.identity(), HttpSettings.defaults());
    }

    @Test
    void a_sender_outside_the_allowed_networks_is_403_and_nothing_is_stored() {
        try (TestServer server = server(List.of(Cidr.parse("203.0.113.0/24")), List.of())) {
            HttpResponse<String> response = server.send(server.signedWebhook(Fixtures.bytes(Fixtures.UPDATED)));

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).contains("127.0.0.1");
            assertThat(server.ports().events().find("daee8406-0d87-4c42-aced-18c6fa74584d")).isEmpty();
        }
    }

    @Test
    void a_sender_inside_them_is_served() {
        try (TestServer server = server(List.of(Cidr.parse("127.0.0.0/8")), List.of())) {
            assertThat(server.send(server.signedWebhook(Fixtures.bytes(Fixtures.UPDATED))).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void behind_a_trusted_proxy_the_forwarded_address_decides() {
        try (TestServer server = server(List.of(Cidr.parse("203.0.113.0/24")), List.of(Cidr.parse("127.0.0.1")))) {
            byte[] body = Fixtures.bytes(Fixtures.UPDATED);

            assertThat(server.send(server.signedWebhook(body).header("X-Forwarded-For", "203.0.113.7")).statusCode())
                    .isEqualTo(200);
            assertThat(server.send(server.signedWebhook(body).header("X-Forwarded-For", "198.51.100.1")).statusCode())
                    .isEqualTo(403);
        }
    }

    @Test
    void without_a_trusted_proxy_a_forwarded_header_is_not_believed() {
        try (TestServer server = server(List.of(Cidr.parse("203.0.113.0/24")), List.of())) {
            HttpResponse<String> response = server.send(server.signedWebhook(Fixtures.bytes(Fixtures.UPDATED))
                    .header("X-Forwarded-For", "203.0.113.7"));

            assertThat(response.statusCode()).isEqualTo(403);
        }
    }
}
