package io.stockkeeper.bootstrap;

import io.stockkeeper.adapters.http.HttpSettings;
import io.stockkeeper.adapters.http.webhook.Cidr;
import io.stockkeeper.adapters.http.webhook.SignatureVerifier;
import io.stockkeeper.adapters.http.webhook.WebhookSecurity;
import io.stockkeeper.adapters.persistence.DatabaseSettings;
import io.stockkeeper.application.service.IntakeSettings;
import io.stockkeeper.domain.AvailabilityPolicy;
import io.stockkeeper.domain.BackorderCap;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.PolicyDefaults;
import io.stockkeeper.domain.ReplenishmentPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every setting the service reads, validated in one place. Each problem found becomes one line of
 * a {@link ConfigurationException}; secrets never appear in messages or in {@link #toString()}.
 */
public record Config(
        String host,
        boolean hostForcedToLoopback,
        int port,
        DatabaseSettings database,
        List<String> webhookSecrets,
        Optional<WebhookSecurity.BasicCredentials> basicCredentials,
        List<Cidr> allowedNetworks,
        List<Cidr> trustedProxies,
        Duration signatureTolerance,
        IntakeSettings intake,
        int maxBodyBytes,
        Optional<String> apiToken,
        LogFormat logFormat,
        PolicyDefaults policyDefaults) {

    public static final String PORT = "STOCKKEEPER_PORT";
    public static final String HOST = "STOCKKEEPER_HOST";
    public static final String DB_URL = "STOCKKEEPER_DB_URL";
    public static final String DB_USER = "STOCKKEEPER_DB_USER";
    public static final String DB_PASSWORD = "STOCKKEEPER_DB_PASSWORD";
    public static final String DB_POOL_SIZE = "STOCKKEEPER_DB_POOL_SIZE";
    public static final String WEBHOOK_SECRETS = "STOCKKEEPER_WEBHOOK_SECRETS";
    public static final String BASIC_USER = "STOCKKEEPER_WEBHOOK_BASIC_USER";
    public static final String BASIC_PASSWORD = "STOCKKEEPER_WEBHOOK_BASIC_PASSWORD";
    public static final String ALLOWED_NETWORKS = "STOCKKEEPER_WEBHOOK_ALLOWED_NETWORKS";
    public static final String TRUSTED_PROXIES = "STOCKKEEPER_TRUSTED_PROXIES";
    public static final String SIGNATURE_TOLERANCE = "STOCKKEEPER_SIGNATURE_TOLERANCE_SECONDS";
    public static final String ACCEPT_MODES = "STOCKKEEPER_ACCEPT_MODES";
    public static final String MAX_BODY_BYTES = "STOCKKEEPER_MAX_BODY_BYTES";
    public static final String API_TOKEN = "STOCKKEEPER_API_TOKEN";
    public static final String WEBHOOK_SECRETS_FILE = "STOCKKEEPER_WEBHOOK_SECRETS_FILE";
    public static final String LOG_FORMAT = "STOCKKEEPER_LOG_FORMAT";
    public static final String LOW_STOCK_THRESHOLD = "STOCKKEEPER_LOW_STOCK_THRESHOLD";
    public static final String OUT_OF_STOCK_THRESHOLD = "STOCKKEEPER_OUT_OF_STOCK_THRESHOLD";
    public static final String BACKORDER_CAP = "STOCKKEEPER_BACKORDER_CAP";
    public static final String LEAD_TIME_DAYS = "STOCKKEEPER_LEAD_TIME_DAYS";
    public static final String LEAD_TIME_STDDEV_DAYS = "STOCKKEEPER_LEAD_TIME_STDDEV_DAYS";
    public static final String SERVICE_LEVEL = "STOCKKEEPER_SERVICE_LEVEL";
    public static final String PACK_SIZE = "STOCKKEEPER_PACK_SIZE";
    public static final String REVIEW_PERIOD_DAYS = "STOCKKEEPER_REVIEW_PERIOD_DAYS";
    public static final String DEMAND_WINDOW_DAYS = "STOCKKEEPER_DEMAND_WINDOW_DAYS";
    public static final String RESET_MINIMUM_DROP = "STOCKKEEPER_RESET_MINIMUM_DROP";
    public static final String INTAKE_BATCH_MAX = "STOCKKEEPER_INTAKE_BATCH_MAX";
    public static final String INTAKE_WRITERS = "STOCKKEEPER_INTAKE_WRITERS";

    /** Every key read, for the README table check. */
    public static final List<String> KEYS = List.of(PORT, HOST, DB_URL, DB_USER, DB_PASSWORD, DB_POOL_SIZE,
            WEBHOOK_SECRETS, BASIC_USER, BASIC_PASSWORD, ALLOWED_NETWORKS, TRUSTED_PROXIES, SIGNATURE_TOLERANCE,
            ACCEPT_MODES, MAX_BODY_BYTES, API_TOKEN, Settings.CONFIG_FILE, WEBHOOK_SECRETS_FILE, LOG_FORMAT,
            LOW_STOCK_THRESHOLD, OUT_OF_STOCK_THRESHOLD, BACKORDER_CAP, LEAD_TIME_DAYS, LEAD_TIME_STDDEV_DAYS,
            SERVICE_LEVEL, PACK_SIZE, REVIEW_PERIOD_DAYS, DEMAND_WINDOW_DAYS, RESET_MINIMUM_DROP, INTAKE_BATCH_MAX,
            INTAKE_WRITERS);

    public static final String LOOPBACK = "127.0.0.1";

    public static Config from(Settings settings) {
        List<String> problems = new ArrayList<>();
        Reader read = new Reader(settings, problems);

        int port = read.integer(PORT, 7070, 0, 65535);
        String url = settings.get(DB_URL).orElse(DatabaseSettings.DEFAULT_URL);
        boolean postgres = url.startsWith("jdbc:postgresql:");
        String user = settings.get(DB_USER).orElse(postgres ? null : "sa");
        String password = settings.get(DB_PASSWORD).orElse(postgres ? null : "");
        int poolSize = read.integer(DB_POOL_SIZE, 10, 1, 200);
        DatabaseSettings database = read.value(DB_URL,
                () -> new DatabaseSettings(url, user, password, poolSize, Duration.ofSeconds(2)));

        List<String> secrets = readSecrets(settings, read, problems);
        Optional<String> basicUser = settings.get(BASIC_USER);
        Optional<String> basicPassword = settings.get(BASIC_PASSWORD);
        Optional<WebhookSecurity.BasicCredentials> basic = Optional.empty();
        if (basicUser.isPresent() != basicPassword.isPresent()) {
            problems.add(BASIC_USER + " and " + BASIC_PASSWORD + " must be set together");
        } else if (basicUser.isPresent()) {
            basic = Optional.ofNullable(read.value(BASIC_USER,
                    () -> new WebhookSecurity.BasicCredentials(basicUser.get(), basicPassword.get())));
        }
        List<Cidr> allowed = read.list(ALLOWED_NETWORKS, Cidr::parse);
        List<Cidr> proxies = read.list(TRUSTED_PROXIES, Cidr::parse);
        int tolerance = read.integer(SIGNATURE_TOLERANCE, 300, 1, 7 * 24 * 3600);
        int problemsBeforeModes = problems.size();
        List<Mode> modes = read.list(ACCEPT_MODES, Mode::parse);
        Set<Mode> accepted = modes.isEmpty() ? EnumSet.allOf(Mode.class) : EnumSet.copyOf(modes);
        if (modes.isEmpty() && settings.get(ACCEPT_MODES).isPresent() && problems.size() == problemsBeforeModes) {
            problems.add(ACCEPT_MODES + ": name at least one of live, test");
        }
        int batchMax = read.integer(INTAKE_BATCH_MAX, IntakeSettings.DEFAULT_MAX_BATCH, 1, 1000);
        int writers = read.integer(INTAKE_WRITERS, IntakeSettings.DEFAULT_WRITERS, 1, 64);
        if (writers > poolSize) {
            problems.add(INTAKE_WRITERS + ": " + writers + " writers need as many database connections, but "
                    + DB_POOL_SIZE + " is " + poolSize);
        }
        int maxBody = read.integer(MAX_BODY_BYTES, HttpSettings.DEFAULT_MAX_BODY_BYTES, 1024, 16 * 1024 * 1024);
        LogFormat logFormat = read.value(LOG_FORMAT, () -> LogFormat.parse(settings.get(LOG_FORMAT).orElse("text")));

        PolicyDefaults policyDefaults = policyDefaults(settings, read);

        boolean open = secrets.isEmpty() && basic.isEmpty();
        Optional<String> requestedHost = settings.get(HOST);
        String host = open ? LOOPBACK : requestedHost.orElse("0.0.0.0");
        boolean forced = open && requestedHost.isPresent() && !isLoopback(requestedHost.get());

        settings.unknownFileKeys(KEYS).forEach(key ->
                problems.add(Settings.CONFIG_FILE + ": unknown setting '" + key + "'"));
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return new Config(host, forced, port, database, secrets, basic, allowed, proxies,
                Duration.ofSeconds(tolerance), new IntakeSettings(accepted, batchMax, writers), maxBody, settings.get(API_TOKEN), logFormat,
                policyDefaults);
    }

    /** The merchant-wide policy: each setting falls back to {@link PolicyDefaults#standard()}. */
    private static PolicyDefaults policyDefaults(Settings settings, Reader read) {
        PolicyDefaults standard = PolicyDefaults.standard();
        AvailabilityPolicy a = standard.availability();
        ReplenishmentPolicy r = standard.replenishment();
        int low = read.integer(LOW_STOCK_THRESHOLD, (int) a.lowStockThreshold(), 0, Integer.MAX_VALUE);
        int out = read.integer(OUT_OF_STOCK_THRESHOLD, (int) a.outOfStockThreshold(), 0, Integer.MAX_VALUE);
        Optional<String> capText = settings.get(BACKORDER_CAP);
        BackorderCap cap = capText.isEmpty() || capText.get().equalsIgnoreCase("unlimited") ? BackorderCap.unlimited()
                : BackorderCap.of(read.integer(BACKORDER_CAP, 0, 0, Integer.MAX_VALUE));
        double lead = read.decimal(LEAD_TIME_DAYS, r.leadTimeDays());
        double leadDev = read.decimal(LEAD_TIME_STDDEV_DAYS, r.leadTimeStdDevDays());
        double service = read.decimal(SERVICE_LEVEL, r.serviceLevel());
        int pack = read.integer(PACK_SIZE, (int) r.packSize(), 1, 1_000_000);
        double review = read.decimal(REVIEW_PERIOD_DAYS, r.reviewPeriodDays());
        int window = read.integer(DEMAND_WINDOW_DAYS, standard.demandWindowDays(), 1, 365);
        int resetDrop = read.integer(RESET_MINIMUM_DROP, (int) standard.resetMinimumDrop(), 1, Integer.MAX_VALUE);
        PolicyDefaults defaults = read.value(LOW_STOCK_THRESHOLD + "/" + LEAD_TIME_DAYS + "/" + SERVICE_LEVEL,
                () -> new PolicyDefaults(new AvailabilityPolicy(low, out, cap),
                        new ReplenishmentPolicy(lead, leadDev, service, pack, review), window, resetDrop));
        return defaults == null ? standard : defaults;
    }

    /** The webhook signing secrets alone, for the commands that sign or check deliveries (replay, verify). */
    public static List<String> webhookSecrets(Settings settings) {
        List<String> problems = new ArrayList<>();
        List<String> secrets = readSecrets(settings, new Reader(settings, problems), problems);
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return secrets;
    }

    private static List<String> readSecrets(Settings settings, Reader read, List<String> problems) {
        List<String> secrets = new ArrayList<>(read.list(WEBHOOK_SECRETS, Function.identity()));
        if (secrets.isEmpty() && settings.get(WEBHOOK_SECRETS).isPresent()) {
            problems.add(WEBHOOK_SECRETS + ": is set but names no secret");
        }
        settings.get(WEBHOOK_SECRETS_FILE).ifPresent(path -> secrets.addAll(SecretsFile.read(WEBHOOK_SECRETS_FILE,
                path, problems)));
        if (secrets.size() > SignatureVerifier.MAX_SECRETS) {
            problems.add(WEBHOOK_SECRETS + ": at most " + SignatureVerifier.MAX_SECRETS + " secrets, got "
                    + secrets.size() + (settings.get(WEBHOOK_SECRETS_FILE).isPresent()
                            ? " counting those in " + WEBHOOK_SECRETS_FILE : ""));
        }
        return secrets;
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    public Set<Mode> acceptedModes() {
        return intake.acceptedModes();
    }

    public boolean webhookOpen() {
        return webhookSecrets.isEmpty() && basicCredentials.isEmpty();
    }

    @Override
    public String toString() {
        return "Config[host=" + host + ", port=" + port + ", database=" + database + ", secrets="
                + webhookSecrets.size() + ", basic=" + basicCredentials.isPresent() + ", allowedNetworks="
                + allowedNetworks + ", trustedProxies=" + trustedProxies + ", signatureTolerance="
                + signatureTolerance + ", acceptedModes=" + acceptedModes() + ", intakeBatchMax=" + intake.maxBatch()
                + ", intakeWriters=" + intake.writers() + ", maxBodyBytes=" + maxBodyBytes
                + ", apiToken=" + (apiToken.isPresent() ? "***" : "none") + ", logFormat=" + logFormat + "]";
    }

    /** Reads typed values, turning each failure into one line naming the setting. */
    private static final class Reader {
        private final Settings settings;
        private final List<String> problems;

        Reader(Settings settings, List<String> problems) {
            this.settings = settings;
            this.problems = problems;
        }

        int integer(String key, int defaultValue, int min, int max) {
            Optional<String> text = settings.get(key);
            if (text.isEmpty()) {
                return defaultValue;
            }
            try {
                int value = Integer.parseInt(text.get());
                if (value < min || value > max) {
                    problems.add(key + ": must be between " + min + " and " + max + ", was " + value);
                    return defaultValue;
                }
                return value;
            } catch (NumberFormatException e) {
                problems.add(key + ": not a whole number: '" + text.get() + "'");
                return defaultValue;
            }
        }

        double decimal(String key, double defaultValue) {
            Optional<String> text = settings.get(key);
            if (text.isEmpty()) {
                return defaultValue;
            }
            try {
                return Double.parseDouble(text.get());
            } catch (NumberFormatException e) {
                problems.add(key + ": not a number: '" + text.get() + "'");
                return defaultValue;
            }
        }

        <T> List<T> list(String key, Function<String, T> parse) {
            List<T> values = new ArrayList<>();
            settings.get(key).ifPresent(text -> Arrays.stream(text.split(","))
                    .map(String::trim)
                    .filter(part -> !part.isEmpty())
                    .forEach(part -> {
                        try {
                            values.add(parse.apply(part));
                        } catch (IllegalArgumentException e) {
                            problems.add(key + ": " + e.getMessage());
                        }
                    }));
            return values;
        }

        <T> T value(String key, java.util.function.Supplier<T> factory) {
            try {
                return factory.get();
            } catch (IllegalArgumentException e) {
                problems.add(key + ": " + e.getMessage());
                return null;
            }
        }
    }
}
