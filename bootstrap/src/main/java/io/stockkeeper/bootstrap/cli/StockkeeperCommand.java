package io.stockkeeper.bootstrap.cli;

import io.stockkeeper.bootstrap.Config;
import io.stockkeeper.bootstrap.ConfigurationException;
import io.stockkeeper.bootstrap.Settings;
import io.stockkeeper.bootstrap.Stockkeeper;
import io.stockkeeper.bootstrap.observability.LogSetup;
import io.stockkeeper.adapters.persistence.Database;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code stockkeeper [serve|migrate|replay|verify]}; with no command it serves. */
@Command(name = "stockkeeper", mixinStandardHelpOptions = true, version = "stockkeeper 0.1.0",
        description = "Keeps an exact, auditable stock model from Digital River inventory webhooks.",
        subcommands = {StockkeeperCommand.Serve.class, StockkeeperCommand.Migrate.class, ReplayCommand.class,
                VerifyCommand.class})
public final class StockkeeperCommand implements Runnable {

    private static final AtomicBoolean SERVING = new AtomicBoolean();

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new StockkeeperCommand());
        // A mistyped command or option: one plain line that says what and where to look, not the whole usage.
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            String command = cmd.getCommandSpec().qualifiedName();
            cmd.getErr().println("stockkeeper: " + e.getMessage().strip() + " (see '" + command + " --help')");
            return 2;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            if (e instanceof ConfigurationException) {
                ((ConfigurationException) e).problems().forEach(problem -> err.println("configuration: " + problem));
                return 2;
            }
            err.println("stockkeeper: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return 1;
        });
        return commandLine;
    }

    public static boolean isServing() {
        return SERVING.get();
    }

    @Override
    public void run() {
        new Serve().run();
    }

    /** Reads and checks the settings, and puts the log in the format they ask for. */
    static Config config() {
        Config config = Config.from(Settings.of(System.getenv()));
        LogSetup.apply(config.logFormat());
        return config;
    }

    @Command(name = "serve", description = "Run the webhook endpoint and the API (the default).")
    static final class Serve implements Runnable {
        @Override
        public void run() {
            Stockkeeper app = Stockkeeper.start(config(), Clock.systemUTC());
            // Jetty's threads keep the JVM alive; on SIGTERM or Ctrl-C, stop taking requests, let
            // in-flight ones finish, then close the pool.
            Runtime.getRuntime().addShutdownHook(new Thread(app::close, "stockkeeper-shutdown"));
            SERVING.set(true);
        }
    }

    @Command(name = "migrate", description = "Bring the database schema up to date, then exit.")
    static final class Migrate implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            Config config = config();
            try (Database database = Database.open(config.database())) {
                int applied = Stockkeeper.migrate(database, config);
                spec.commandLine().getOut().println("migrated " + config.database().redactedUrl() + ": " + applied
                        + " migration(s) applied");
            }
        }
    }
}
