package io.stockkeeper.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's configuration table is the operator's reference: it must list exactly the settings the
 * code reads, each with a default and a meaning. "What the code reads" is {@link Config#KEYS}, and
 * every {@code "STOCKKEEPER_..."} literal in the main sources must be one of them.
 */
class ReadmeConfigurationTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`(STOCKKEEPER_[A-Z0-9_]+)`\\s*\\|([^|]*)\\|([^|]*)\\|\\s*$");
    private static final Pattern SETTING_LITERAL = Pattern.compile("\"(STOCKKEEPER_[A-Z0-9_]+)\"");

    @Test
    void the_readme_configuration_table_lists_exactly_the_settings_the_code_reads() throws IOException {
        List<String> rows = configurationTable();
        List<String> documented = new ArrayList<>();
        for (String row : rows) {
            Matcher cells = ROW.matcher(row);
            assertThat(cells.matches()).as("row with a `SETTING`, a default and a meaning: " + row).isTrue();
            assertThat(cells.group(2).trim()).as("default of " + cells.group(1)).isNotEmpty();
            assertThat(cells.group(3).trim()).as("meaning of " + cells.group(1)).isNotEmpty();
            documented.add(cells.group(1));
        }
        assertThat(documented).doesNotHaveDuplicates();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(Config.KEYS);
    }

    @Test
    void every_setting_named_in_the_main_sources_is_a_known_key() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(ReadmeConfigurationTest::isMainSource).toList()) {
                Matcher literal = SETTING_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (literal.find()) {
                    named.add(literal.group(1));
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(Config.KEYS).containsAll(named);
    }

    private static boolean isMainSource(Path file) {
        String path = ROOT.relativize(file).toString().replace('\\', '/');
        return path.endsWith(".java") && path.contains("/src/main/java/") && !path.contains("/target/");
    }

    /** The table rows of the "## Configuration" section, header and separator left out. */
    private static List<String> configurationTable() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf("## Configuration");
        assertThat(start).as("README.md has a '## Configuration' section").isNotNegative();
        List<String> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("|")) {
                inTable = true;
                rows.add(line);
            } else if (inTable) {
                break;
            }
        }
        assertThat(rows).as("a table in the Configuration section").hasSizeGreaterThan(2);
        return rows.subList(2, rows.size());
    }
}
