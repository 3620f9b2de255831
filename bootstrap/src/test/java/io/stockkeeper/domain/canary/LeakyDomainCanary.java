package io.stockkeeper.domain.canary;

/**
 * A deliberately bad "domain" class, on the test classpath only: it reaches for Javalin, JDBI and the
 * application layer. The architecture canary test proves the rules catch it; the real rules never see
 * it because they import production classes only.
 */
public final class LeakyDomainCanary {

    public Object leak() {
        return new Object[] {io.javalin.Javalin.class, org.jdbi.v3.core.Jdbi.class,
            io.stockkeeper.application.service.IntakeSettings.acceptingAllModes()};
    }
}
