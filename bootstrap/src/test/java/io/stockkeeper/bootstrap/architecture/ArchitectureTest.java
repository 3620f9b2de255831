package io.stockkeeper.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The layers hold in the production classes of every module, and the rules do catch a violation. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
                .importPackages(ArchitectureRules.ROOT);
    }

    static Stream<ArchRule> rules() {
        return ArchitectureRules.ALL.stream();
    }

    @Test
    void all_five_modules_are_imported() {
        assertThat(production.stream().map(c -> c.getPackageName()))
                .anyMatch(p -> p.startsWith(ArchitectureRules.ROOT + ".domain"))
                .anyMatch(p -> p.startsWith(ArchitectureRules.ROOT + ".application.port.in"))
                .anyMatch(p -> p.startsWith(ArchitectureRules.ROOT + ".application.port.out"))
                .anyMatch(p -> p.startsWith(ArchitectureRules.ROOT + ".application.service"))
                .anyMatch(p -> p.startsWith(ArchitectureRules.ROOT + ".adapters.http"))
                .anyMatch(p -> p.startsWith(ArchitectureRules.ROOT + ".adapters.persistence"))
                .anyMatch(p -> p.startsWith(ArchitectureRules.ROOT + ".bootstrap"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void rule_holds(ArchRule rule) {
        rule.check(production);
    }

    @Test
    void canary_a_domain_class_that_leaks_frameworks_is_caught() {
        JavaClasses withCanary = new ClassFileImporter()
                .importPackages(ArchitectureRules.ROOT + ".domain");

        assertThatThrownBy(() -> ArchitectureRules.DOMAIN_IS_PURE_JAVA.check(withCanary))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyDomainCanary")
                .hasMessageContaining("io.javalin.Javalin")
                .hasMessageContaining("org.jdbi.v3.core.Jdbi");
        assertThatThrownBy(() -> ArchitectureRules.LAYERS.check(new ClassFileImporter()
                        .importPackages(ArchitectureRules.ROOT)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyDomainCanary");
    }
}
