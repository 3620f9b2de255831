package io.stockkeeper.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockkeeper.adapters.http.webhook.SignatureVerifier;
import io.stockkeeper.application.testing.Fixtures;
import io.stockkeeper.bootstrap.RunningStockkeeper;
import io.stockkeeper.bootstrap.process.InventoryEvents;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class CommandLineTest {

    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = StockkeeperCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void replay_posts_every_line_signed_and_sums_up_the_outcomes() throws Exception {
        Path events = folder.resolve("events.jsonl");
        List<String> lines = Fixtures.ALL.stream()
                .map(name -> Fixtures.text(name).replaceAll("\\s*\\n\\s*", ""))
                .toList();
        Files.write(events, (String.join("\n", lines) + "\n\n" + lines.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
        try (RunningStockkeeper service = RunningStockkeeper.onH2(Map.of())) {
            Run run = run("replay", events.toString(), "--url", service.uri("/webhooks/digital-river").toString(),
                    "--secret", RunningStockkeeper.SECRET, "--concurrency", "1", "--no-progress");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("replayed 7 events").contains("applied=5").contains("ignored=1")
                    .contains("duplicate=1");
            assertThat(service.get("/api/v1/inventory/CCC?mode=test").body()).contains("\"allowBackOrder\":true");
        }
    }

    @Test
    void replay_in_parallel_keeps_each_items_changes_in_the_files_order() throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        Instant at = Instant.parse("2025-03-01T10:00:00Z");
        for (int change = 1; change <= 30; change++) {
            for (String part : List.of("ORDERED-A", "ORDERED-B")) {
                at = at.plusSeconds(1);
                lines.add(InventoryEvents.selfManagedUpdated(part + "-" + change, part, change,
                        change == 1 ? null : (long) change - 1, at, at.plusMillis(5)));
            }
        }
        Path events = folder.resolve("history.jsonl");
        Files.write(events, lines);
        try (RunningStockkeeper service = RunningStockkeeper.onH2(Map.of())) {
            Run run = run("replay", events.toString(), "--url", service.uri("/webhooks/digital-river").toString(),
                    "--secret", RunningStockkeeper.SECRET, "--concurrency", "8", "--no-progress");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("replayed 60 events").contains("{applied=60}");
            assertThat(service.get("/api/v1/inventory/ORDERED-A?mode=test").body())
                    .contains("\"quantity\":30").contains("\"version\":30").contains("\"gapCount\":0");
        }
    }

    @Test
    void replay_with_the_wrong_secret_reports_the_rejections_and_fails() throws Exception {
        Path events = folder.resolve("events.jsonl");
        Files.writeString(events, Fixtures.text(Fixtures.UPDATED).replaceAll("\\s*\\n\\s*", "") + "\n");
        try (RunningStockkeeper service = RunningStockkeeper.onH2(Map.of())) {
            Run run = run("replay", events.toString(), "--url", service.uri("/webhooks/digital-river").toString(),
                    "--secret", "wrong", "--no-progress");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("HTTP 401=1");
        }
    }

    @Test
    void replay_of_a_missing_file_is_one_plain_line() {
        Run run = run("replay", folder.resolve("nope.jsonl").toString(), "--secret", "s");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).endsWith("nope.jsonl: no such file").startsWith("stockkeeper: cannot read")
                .doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void verify_accepts_a_genuine_capture_and_explains_a_tampered_one() throws Exception {
        byte[] body = Fixtures.bytes(Fixtures.RESTOCK_2_TO_50);
        Instant signedAt = Instant.parse("2024-02-07T14:20:13Z");
        Path headers = folder.resolve("headers.txt");
        Files.writeString(headers, "Content-Type: application/json\nDigitalRiver-Signature: "
                + SignatureVerifier.header("whsec_captured", signedAt, body) + "\nUser-Agent: DR\n");
        Path bodyFile = folder.resolve("body.json");
        Files.write(bodyFile, body);

        Run genuine = run("verify", "--headers", headers.toString(), "--body", bodyFile.toString(),
                "--secret", "old,whsec_captured");
        assertThat(genuine.exitCode()).isZero();
        assertThat(genuine.out()).startsWith("VALID").contains("signed at 2024-02-07T14:20:13Z");

        Run late = run("verify", "--headers", headers.toString(), "--body", bodyFile.toString(),
                "--secret", "whsec_captured", "--check-time");
        assertThat(late.exitCode()).isEqualTo(1);
        assertThat(late.out()).startsWith("INVALID").contains("behind now");

        Files.write(bodyFile, new String(body, StandardCharsets.UTF_8).replace("50", "51").getBytes(StandardCharsets.UTF_8));
        Run tampered = run("verify", "--headers", headers.toString(), "--body", bodyFile.toString(),
                "--secret", "whsec_captured");
        assertThat(tampered.exitCode()).isEqualTo(1);
        assertThat(tampered.out()).startsWith("INVALID: no signature matches any configured secret");
    }

    @Test
    void verify_without_a_signature_header_says_so() throws Exception {
        Path headers = folder.resolve("headers.txt");
        Files.writeString(headers, "Content-Type: application/json\n");
        Path bodyFile = folder.resolve("body.json");
        Files.writeString(bodyFile, "{}");

        Run run = run("verify", "--headers", headers.toString(), "--body", bodyFile.toString(), "--secret", "s");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("no DigitalRiver-Signature header");
    }

    @Test
    void replay_refuses_a_url_that_is_not_http_and_an_empty_secret_in_one_line() throws Exception {
        Path events = folder.resolve("events.jsonl");
        Files.writeString(events, "{}\n");

        Run ftp = run("replay", events.toString(), "--url", "ftp://x/", "--secret", "s");
        Run empty = run("replay", events.toString(), "--secret", "");

        assertThat(ftp.exitCode()).isEqualTo(2);
        assertThat(ftp.err()).startsWith("stockkeeper: --url must be an http:// or https:// URL").doesNotContain("Exception");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).startsWith("stockkeeper: --secret must not be empty");
    }

    @Test
    void a_file_that_is_not_utf8_is_named_as_such() throws Exception {
        Path events = folder.resolve("latin1.jsonl");
        Files.write(events, new byte[] {'{', (byte) 0xE9, '}', '\n'});

        Run run = run("replay", events.toString(), "--secret", "s");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("stockkeeper: cannot read " + events + ": not UTF-8 text");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "replay events.jsonl --frobnicate | Unknown option: '--frobnicate' | stockkeeper replay",
            "bogus | Unmatched argument at index 0: 'bogus' | stockkeeper",
            "replay events.jsonl --secret s --concurrency=abc | '--concurrency' | stockkeeper replay"})
    void a_mistyped_command_or_option_is_one_plain_line_and_exit_code_2(String args, String names, String command) {
        Run run = run(args.split(" "));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).doesNotContain("\n").startsWith("stockkeeper: ").contains(names)
                .endsWith("(see '" + command + " --help')");
    }
}
