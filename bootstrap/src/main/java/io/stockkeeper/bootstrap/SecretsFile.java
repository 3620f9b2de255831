package io.stockkeeper.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A file of secrets, one per line (blank lines and lines starting with '#' skipped), as secret stores
 * mount them. A problem names the file and the failure, never a line of it.
 */
final class SecretsFile {

    private SecretsFile() {
    }

    static List<String> read(String key, String path, List<String> problems) {
        try {
            List<String> secrets = Files.readAllLines(Path.of(path), StandardCharsets.UTF_8).stream()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
            if (secrets.isEmpty()) {
                problems.add(key + ": '" + path + "' holds no secret");
            }
            return secrets;
        } catch (IOException | RuntimeException e) {
            problems.add(key + ": cannot read '" + path + "' (" + e.getClass().getSimpleName() + ")");
            return List.of();
        }
    }
}
