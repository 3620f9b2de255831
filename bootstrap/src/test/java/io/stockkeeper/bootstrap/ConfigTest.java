package io.stockkeeper.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockkeeper.domain.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {

    @TempDir
    Path folder;

    private static Config config(Map<String, String> env) {
        return Config.from(Settings.of(env));
    }

    @Test
    void defaults_are_safe_an_h2_file_under_data_on_loopback_port_7070() {
        Config config = config(Map.of());

        assertThat(config.port()).isEqualTo(7070);
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.webhookOpen()).isTrue();
        assertThat(config.database().url()).startsWith("jdbc:h2:file:./data/");
        assertThat(config.acceptedModes()).containsExactlyInAnyOrder(Mode.LIVE, Mode.TEST);
        assertThat(config.signatureTolerance().getSeconds()).isEqualTo(300);
    }

    @Test
    void without_a_secret_the_service_stays_on_loopback_even_when_asked_otherwise() {
        Config config = config(Map.of(Config.HOST, "0.0.0.0"));

        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.hostForcedToLoopback()).isTrue();
    }

    @Test
    void with_a_secret_it_listens_where_asked() {
        assertThat(config(Map.of(Config.WEBHOOK_SECRETS, "a,b")).host()).isEqualTo("0.0.0.0");
        assertThat(config(Map.of(Config.WEBHOOK_SECRETS, "a", Config.HOST, "10.0.0.5")).host()).isEqualTo("10.0.0.5");
        assertThat(config(Map.of(Config.WEBHOOK_SECRETS, " a , b ,c")).webhookSecrets()).containsExactly("a", "b", "c");
    }

    @Test
    void every_problem_is_one_line_naming_the_setting_and_secrets_never_show() {
        Map<String, String> env = new HashMap<>();
        env.put(Config.PORT, "seventy");
        env.put(Config.DB_URL, "mysql://x");
        env.put(Config.WEBHOOK_SECRETS, "topsecret1,2,3,4,5,6");
        env.put(Config.ALLOWED_NETWORKS, "10.0.0.0/99");
        env.put(Config.ACCEPT_MODES, "prod");
        env.put(Config.BASIC_USER, "dr");

        assertThatThrownBy(() -> config(env)).isInstanceOfSatisfying(ConfigurationException.class, e -> {
            assertThat(e.problems()).hasSize(6).allSatisfy(line -> assertThat(line).doesNotContain("\n"));
            assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(Config.PORT + ": not a whole number"));
            assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(Config.DB_URL + ":"));
            assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(Config.WEBHOOK_SECRETS + ": at most 5"));
            assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(Config.ALLOWED_NETWORKS + ":"));
            assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(Config.ACCEPT_MODES + ":"));
            assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains(Config.BASIC_PASSWORD));
            assertThat(e.getMessage()).doesNotContain("topsecret1");
        });
    }

    @Test
    void a_properties_file_fills_in_and_the_environment_wins() throws Exception {
        Path file = folder.resolve("stockkeeper.properties");
        Files.writeString(file, Config.PORT + "=8181\n" + Config.ACCEPT_MODES + "=live\n");

        Config config = config(Map.of(Settings.CONFIG_FILE, file.toString(), Config.PORT, "9191"));

        assertThat(config.port()).isEqualTo(9191);
        assertThat(config.acceptedModes()).containsExactly(Mode.LIVE);
    }

    @Test
    void a_mistyped_key_in_the_properties_file_is_an_error_not_silently_ignored() throws Exception {
        Path file = folder.resolve("stockkeeper.properties");
        Files.writeString(file, "STOCKKEEPER_PORTT=8181\n");

        assertThatThrownBy(() -> config(Map.of(Settings.CONFIG_FILE, file.toString())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(Settings.CONFIG_FILE + ": unknown setting 'STOCKKEEPER_PORTT'");
    }

    @Test
    void a_secrets_setting_without_any_secret_is_an_error_not_an_open_endpoint() {
        assertThatThrownBy(() -> config(Map.of(Config.WEBHOOK_SECRETS, " , ,")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(Config.WEBHOOK_SECRETS + ": is set but names no secret");
    }

    @Test
    void an_unreadable_properties_file_is_a_clear_error() {
        assertThatThrownBy(() -> config(Map.of(Settings.CONFIG_FILE, folder.resolve("missing.properties").toString())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(Settings.CONFIG_FILE + ": cannot read");
    }

    @Test
    void the_printed_configuration_hides_secrets() {
        Config config = config(Map.of(Config.WEBHOOK_SECRETS, "whsec_do_not_print", Config.API_TOKEN, "tok_hidden",
                Config.BASIC_USER, "dr", Config.BASIC_PASSWORD, "pw_hidden", Config.DB_URL,
                "jdbc:postgresql://db/x?password=pg_hidden", Config.DB_PASSWORD, "pg_pw_hidden"));

        assertThat(config.toString()).doesNotContain("whsec_do_not_print").doesNotContain("tok_hidden")
                .doesNotContain("pw_hidden").doesNotContain("pg_hidden").doesNotContain("pg_pw_hidden");
    }
}
