package io.stockkeeper.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockkeeper.adapters.persistence.TestDatabases;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up validation: one line per problem, naming the setting, never showing a secret. */
class ConfigValidationTest {

    @TempDir
    Path folder;

    private static Config config(Map<String, String> environment) {
        return Config.from(Settings.of(environment));
    }

    private static ConfigurationException problems(Map<String, String> environment) {
        try {
            config(environment);
        } catch (ConfigurationException e) {
            return e;
        }
        throw new AssertionError("expected a configuration problem for " + environment.keySet());
    }

    @Test
    void secrets_come_from_the_variable_and_from_a_file_of_one_secret_per_line() throws IOException {
        Path file = Files.writeString(folder.resolve("secrets"), "# rotated 2026-01\nwhsec_from_file_1\n\n"
                + "  whsec_from_file_2  \n");

        Config config = config(Map.of(Config.WEBHOOK_SECRETS, "whsec_env", Config.WEBHOOK_SECRETS_FILE,
                file.toString()));

        assertThat(config.webhookSecrets()).containsExactly("whsec_env", "whsec_from_file_1", "whsec_from_file_2");
        assertThat(config.webhookOpen()).isFalse();
    }

    @Test
    void an_unreadable_or_empty_secrets_file_is_one_clear_line_each() throws IOException {
        Path missing = folder.resolve("nope");
        assertThat(problems(Map.of(Config.WEBHOOK_SECRETS_FILE, missing.toString())).problems())
                .containsExactly(Config.WEBHOOK_SECRETS_FILE + ": cannot read '" + missing + "' (NoSuchFileException)");

        Path empty = Files.writeString(folder.resolve("empty"), "# nothing yet\n\n");
        assertThat(problems(Map.of(Config.WEBHOOK_SECRETS_FILE, empty.toString())).problems())
                .containsExactly(Config.WEBHOOK_SECRETS_FILE + ": '" + empty + "' holds no secret");
    }

    @Test
    void the_new_settings_report_their_problems_with_the_others_one_line_each_without_the_secrets()
            throws IOException {
        Path fiveSecrets = Files.writeString(folder.resolve("five"), "s3cr3t-1\ns3cr3t-2\ns3cr3t-3\ns3cr3t-4\ns3cr3t-5\n");
        Map<String, String> environment = new HashMap<>();
        environment.put(Config.PORT, "70000");
        environment.put(Config.DB_URL, "jdbc:mysql://db/stock?password=hunter2");
        environment.put(Config.WEBHOOK_SECRETS, "s3cr3t-0");
        environment.put(Config.WEBHOOK_SECRETS_FILE, fiveSecrets.toString());
        environment.put(Config.LOG_FORMAT, "xml");

        ConfigurationException e = problems(environment);

        assertThat(e.problems()).containsExactlyInAnyOrder(
                Config.PORT + ": must be between 0 and 65535, was 70000",
                Config.DB_URL + ": database URL must start with jdbc:h2: or jdbc:postgresql:, was 'jdbc:mysql://db/stock'",
                Config.WEBHOOK_SECRETS + ": at most 5 secrets, got 6 counting those in " + Config.WEBHOOK_SECRETS_FILE,
                Config.LOG_FORMAT + ": must be text or json, was 'xml'");
        assertThat(e.getMessage()).doesNotContain("s3cr3t", "hunter2");
    }

    @Test
    void the_log_format_is_text_unless_json_is_asked_for() {
        assertThat(config(Map.of()).logFormat()).isEqualTo(LogFormat.TEXT);
        assertThat(config(Map.of(Config.LOG_FORMAT, "JSON")).logFormat()).isEqualTo(LogFormat.JSON);
    }

    @Test
    void secrets_from_the_file_never_show_in_the_printed_configuration() throws IOException {
        Path file = Files.writeString(folder.resolve("secrets"), "whsec_file_secret\n");
        Config config = config(Map.of(Config.WEBHOOK_SECRETS_FILE, file.toString()));

        assertThat(config.toString()).doesNotContain("whsec_file_secret").contains("secrets=1");
    }

    @Test
    void a_port_in_use_fails_start_up_with_one_line_naming_the_setting() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            Config config = config(Map.of(Config.PORT, Integer.toString(taken.getLocalPort()),
                    Config.DB_URL, TestDatabases.h2Url(folder)));

            assertThatThrownBy(() -> Stockkeeper.start(config, Clock.systemUTC()))
                    .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems())
                            .containsExactly(Config.PORT + ": cannot listen on 127.0.0.1:" + taken.getLocalPort()
                                    + ", the port is already in use (or not allowed)"));
        }
    }

    @Test
    void an_unreachable_database_fails_start_up_with_one_line_naming_it() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        Config config = config(Map.of(Config.PORT, "0", Config.DB_URL, "jdbc:postgresql://127.0.0.1:" + closedPort
                + "/stock?password=hunter2", Config.DB_USER, "postgres"));

        assertThatThrownBy(() -> Stockkeeper.start(config, Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot migrate the database at jdbc:postgresql://127.0.0.1:" + closedPort
                        + "/stock: ")
                .hasMessageContaining("Connection")
                .hasMessageNotContaining("hunter2")
                .hasMessageNotContaining("\n");
    }
}
