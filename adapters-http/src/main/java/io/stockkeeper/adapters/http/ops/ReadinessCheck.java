package io.stockkeeper.adapters.http.ops;

import java.util.Optional;

/** One thing the service needs before it can take traffic; empty when it is fine, else what is wrong. */
public interface ReadinessCheck {

    String name();

    Optional<String> problem();

    static ReadinessCheck of(String name, java.util.function.Supplier<Optional<String>> problem) {
        return new ReadinessCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<String> problem() {
                return problem.get();
            }
        };
    }
}
