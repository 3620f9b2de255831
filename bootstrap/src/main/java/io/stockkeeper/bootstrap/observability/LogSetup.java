package io.stockkeeper.bootstrap.observability;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import io.stockkeeper.bootstrap.LogFormat;
import org.slf4j.LoggerFactory;

/**
 * Switches the console log to the configured format at start-up. logback.xml sets up text; JSON swaps
 * the console appender's encoder for Logback's own JsonEncoder (one JSON object per line, key-value
 * pairs included), so no other library is needed.
 */
public final class LogSetup {

    static final String CONSOLE = "STDOUT";

    private LogSetup() {
    }

    public static void apply(LogFormat format) {
        if (format != LogFormat.JSON || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext)) {
            return;
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.core.Appender<ILoggingEvent> appender =
                context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender(CONSOLE);
        if (!(appender instanceof OutputStreamAppender)) {
            return;
        }
        OutputStreamAppender<ILoggingEvent> console = (OutputStreamAppender<ILoggingEvent>) appender;
        JsonEncoder json = new JsonEncoder();
        json.setContext(context);
        // The message as a person reads it, plus the key-value pairs as fields; not the raw pattern and
        // its arguments, nor the logger context repeated on every line.
        json.setWithFormattedMessage(true);
        json.setWithMessage(false);
        json.setWithArguments(false);
        json.setWithContext(false);
        json.setWithSequenceNumber(false);
        json.setWithNanoseconds(false);
        json.start();
        console.stop();
        console.setEncoder(json);
        console.start();
    }
}
