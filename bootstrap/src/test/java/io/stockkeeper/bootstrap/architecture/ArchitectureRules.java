package io.stockkeeper.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/** The layering of ARCHITECTURE.md §8 as ArchUnit rules, named so a failure says which rule broke. */
final class ArchitectureRules {

    static final String ROOT = "io.stockkeeper";
    static final String DOMAIN = ROOT + ".domain..";
    static final String APPLICATION = ROOT + ".application..";
    static final String PORT_IN = ROOT + ".application.port.in..";
    static final String PORT_OUT = ROOT + ".application.port.out..";
    static final String SERVICE = ROOT + ".application.service..";
    static final String HTTP = ROOT + ".adapters.http..";
    static final String PERSISTENCE = ROOT + ".adapters.persistence..";
    static final String ADAPTERS = ROOT + ".adapters..";
    static final String BOOTSTRAP = ROOT + ".bootstrap..";

    private ArchitectureRules() {
    }

    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy(DOMAIN)
            .layer("Application").definedBy(APPLICATION)
            .layer("Http").definedBy(HTTP)
            .layer("Persistence").definedBy(PERSISTENCE)
            .layer("Bootstrap").definedBy(BOOTSTRAP)
            .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
            .whereLayer("Http").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Http", "Persistence", "Bootstrap")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Http", "Persistence", "Bootstrap")
            .as("layers: domain <- application <- {http, persistence} <- bootstrap");

    static final ArchRule DOMAIN_IS_PURE_JAVA = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
            .as("the domain depends on java.* and itself only");

    static final ArchRule APPLICATION_IS_PURE = classes().that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, APPLICATION, "jakarta.inject..")
            .as("the application depends on java.*, the domain and jakarta.inject only");

    static final ArchRule PORT_IN_DOES_NOT_SEE_PORT_OUT = noClasses().that().resideInAPackage(PORT_IN)
            .should().dependOnClassesThat().resideInAPackage(PORT_OUT)
            .as("inbound ports never depend on outbound ports");

    static final ArchRule ADAPTERS_USE_PORTS_NOT_SERVICES = noClasses().that().resideInAPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage(SERVICE)
            .as("adapters depend on ports, never on application services");

    static final ArchRule NO_CYCLES_BETWEEN_MODULES = slices().matching(ROOT + ".(*)..")
            .should().beFreeOfCycles().as("no cycles between modules");

    static final ArchRule NO_CYCLES_BETWEEN_ADAPTERS = slices().matching(ROOT + ".adapters.(*)..")
            .should().beFreeOfCycles().as("no cycles between adapters");

    static final ArchRule NO_CYCLES_IN_APPLICATION = slices().matching(ROOT + ".application.(*)..")
            .should().beFreeOfCycles().as("no cycles between ports and services");

    static final ArchRule USE_CASES_ARE_NAMED = classes().that().resideInAPackage(PORT_IN).and().areInterfaces()
            .should().haveSimpleNameEndingWith("UseCase")
            .as("inbound ports are interfaces named *UseCase");

    static final ArchRule SERVICES_ARE_NAMED = classes().that().resideInAPackage(SERVICE)
            .and().implement(com.tngtech.archunit.base.DescribedPredicate.describe("a use case",
                    iface -> iface.getPackageName().startsWith(ROOT + ".application.port.in")))
            .should().haveSimpleNameEndingWith("Service").andShould().beTopLevelClasses()
            .as("use case implementations are named *Service");

    static final ArchRule JDBI_ADAPTERS_ARE_NAMED = classes().that().resideInAPackage(PERSISTENCE)
            .and().implement(com.tngtech.archunit.base.DescribedPredicate.describe("an outbound port",
                    iface -> iface.getPackageName().startsWith(ROOT + ".application.port.out")))
            .should().haveSimpleNameStartingWith("Jdbi")
            .as("persistence implementations of outbound ports are named Jdbi*");

    static final ArchRule JDBI_ONLY_IN_PERSISTENCE = noClasses().that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.flywaydb..", "com.zaxxer..")
            .as("JDBI, Flyway and HikariCP are used in persistence only");

    static final ArchRule JAVALIN_ONLY_IN_HTTP_AND_BOOTSTRAP = noClasses()
            .that().resideOutsideOfPackages(HTTP, BOOTSTRAP)
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
            .as("Javalin is used in http and bootstrap only");

    static final List<ArchRule> ALL = List.of(LAYERS, DOMAIN_IS_PURE_JAVA, APPLICATION_IS_PURE,
            PORT_IN_DOES_NOT_SEE_PORT_OUT, ADAPTERS_USE_PORTS_NOT_SERVICES, NO_CYCLES_BETWEEN_MODULES,
            NO_CYCLES_BETWEEN_ADAPTERS, NO_CYCLES_IN_APPLICATION, USE_CASES_ARE_NAMED, SERVICES_ARE_NAMED,
            JDBI_ADAPTERS_ARE_NAMED, JDBI_ONLY_IN_PERSISTENCE, JAVALIN_ONLY_IN_HTTP_AND_BOOTSTRAP);
}
