package io.stockkeeper.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The layers hold in the production classes of every module, and the rules do catch a violation. */
class ArchitectureTest {

    private static JavaClasses production;

    /** One class from each module: the rules read exactly these modules' production classes. */
    private static final List<Class<?>> MODULE_ANCHORS = List.of(
            io.stockkeeper.domain.InventoryItem.class,
            io.stockkeeper.application.service.ReceiveInventoryEventService.class,
            io.stockkeeper.adapters.http.HttpApi.class,
            io.stockkeeper.adapters.persistence.Database.class,
            io.stockkeeper.bootstrap.Stockkeeper.class);

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().importLocations(locationsOf(MODULE_ANCHORS));
    }

    private static Set<Location> locationsOf(List<Class<?>> classes) {
        Set<Location> locations = new LinkedHashSet<>();
        for (Class<?> anchor : classes) {
            try {
                locations.add(Location.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return locations;
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
        List<Class<?>> withCanaryLocation = new java.util.ArrayList<>(MODULE_ANCHORS);
        withCanaryLocation.add(io.stockkeeper.domain.canary.LeakyDomainCanary.class);
        Set<Location> locations = locationsOf(withCanaryLocation);
        JavaClasses withCanary = new ClassFileImporter().importLocations(locations);

        assertThatThrownBy(() -> ArchitectureRules.DOMAIN_IS_PURE_JAVA.check(withCanary))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyDomainCanary")
                .hasMessageContaining("io.javalin.Javalin")
                .hasMessageContaining("org.jdbi.v3.core.Jdbi");
        assertThatThrownBy(() -> ArchitectureRules.LAYERS.check(withCanary))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyDomainCanary");
    }
}
