package io.stockkeeper.adapters.http.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookSecurityTest {

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void basic_credentials_must_match_exactly() {
        WebhookSecurity security = new WebhookSecurity(Optional.empty(),
                Optional.of(new WebhookSecurity.BasicCredentials("dr", "pässword")), List.of(), List.of());

        assertThat(security.basicFailure(basic("dr", "pässword"))).isEmpty();
        assertThat(security.basicFailure("basic " + basic("dr", "pässword").substring(6))).isEmpty();
        assertThat(security.basicFailure(basic("dr", "wrong"))).contains("the Basic credentials do not match");
        assertThat(security.basicFailure(null)).contains("HTTP Basic credentials are required");
        assertThat(security.basicFailure("Basic !!!")).contains("the Basic credentials are not Base64");
        assertThat(security.isOpen()).isFalse();
    }

    @Test
    void without_any_configuration_everything_is_let_through_and_said_to_be_open() {
        WebhookSecurity security = WebhookSecurity.open();

        assertThat(security.isOpen()).isTrue();
        assertThat(security.basicFailure(null)).isEmpty();
        assertThat(security.signatureFailure(List.of(), new byte[0])).isEmpty();
        assertThat(security.senderAllowed("203.0.113.9")).isTrue();
    }

    @Test
    void the_allow_list_takes_ipv4_and_ipv6_networks() {
        WebhookSecurity security = new WebhookSecurity(Optional.empty(), Optional.empty(),
                List.of(Cidr.parse("10.1.0.0/16"), Cidr.parse("2001:db8::/32"), Cidr.parse("192.0.2.7")), List.of());

        assertThat(security.senderAllowed("10.1.200.3")).isTrue();
        assertThat(security.senderAllowed("10.2.0.1")).isFalse();
        assertThat(security.senderAllowed("2001:db8:ffff::1")).isTrue();
        assertThat(security.senderAllowed("2001:db9::1")).isFalse();
        assertThat(security.senderAllowed("192.0.2.7")).isTrue();
        assertThat(security.senderAllowed("192.0.2.8")).isFalse();
        assertThat(security.senderAllowed("::ffff:10.1.0.1")).isTrue();
        assertThat(security.senderAllowed("not-an-ip")).isFalse();
    }

    @Test
    void forwarded_for_counts_only_behind_a_trusted_proxy() {
        WebhookSecurity security = new WebhookSecurity(Optional.empty(), Optional.empty(),
                List.of(Cidr.parse("198.51.100.0/24")), List.of(Cidr.parse("127.0.0.1/32"), Cidr.parse("10.0.0.0/8")));

        assertThat(security.clientAddress("127.0.0.1", "198.51.100.20")).isEqualTo("198.51.100.20");
        assertThat(security.clientAddress("127.0.0.1", "1.2.3.4, 198.51.100.20, 10.0.0.5"))
                .as("the rightmost address that is not a trusted proxy").isEqualTo("198.51.100.20");
        assertThat(security.clientAddress("203.0.113.1", "198.51.100.20"))
                .as("an untrusted peer cannot claim another address").isEqualTo("203.0.113.1");
        assertThat(security.clientAddress("127.0.0.1", null)).isEqualTo("127.0.0.1");
    }

    @Test
    void bad_networks_are_refused_with_the_reason() {
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).hasMessageContaining("prefix length");
        assertThatThrownBy(() -> Cidr.parse("example.com")).hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/x")).hasMessageContaining("prefix length");
    }
}
