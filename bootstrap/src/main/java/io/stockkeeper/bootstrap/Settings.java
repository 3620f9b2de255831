package io.stockkeeper.bootstrap;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where settings come from: environment variables, then an optional properties file named by
 * {@code STOCKKEEPER_CONFIG_FILE} (same keys). The environment wins.
 */
public final class Settings {

    public static final String CONFIG_FILE = "STOCKKEEPER_CONFIG_FILE";

    private final Map<String, String> environment;
    private final Properties file;

    private Settings(Map<String, String> environment, Properties file) {
        this.environment = Map.copyOf(environment);
        this.file = file;
    }

    public static Settings of(Map<String, String> environment) {
        Properties file = new Properties();
        String path = environment.get(CONFIG_FILE);
        if (path != null && !path.isBlank()) {
            try (Reader reader = Files.newBufferedReader(Path.of(path), StandardCharsets.UTF_8)) {
                file.load(reader);
            } catch (IOException | RuntimeException e) {
                throw new ConfigurationException(java.util.List.of(CONFIG_FILE + ": cannot read '" + path + "': "
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage())));
            }
        }
        return new Settings(environment, file);
    }

    /** Keys in the properties file that are not among {@code known}: most likely typing mistakes. */
    public java.util.List<String> unknownFileKeys(java.util.Collection<String> known) {
        return file.stringPropertyNames().stream().filter(key -> !known.contains(key)).sorted().toList();
    }

    public Optional<String> get(String key) {
        String value = environment.get(key);
        if (value == null) {
            value = file.getProperty(key);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
