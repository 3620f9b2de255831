package io.stockkeeper.bootstrap;

import java.util.List;

/** One or more settings are wrong; each problem is one line a person can act on. */
public final class ConfigurationException extends RuntimeException {

    private final List<String> problems;

    public ConfigurationException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
