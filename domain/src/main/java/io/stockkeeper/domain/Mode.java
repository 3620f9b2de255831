package io.stockkeeper.domain;

import java.util.Locale;

/** Digital River keeps test and live data apart; so do we. */
public enum Mode {
    LIVE,
    TEST;

    public static Mode ofLiveMode(boolean liveMode) {
        return liveMode ? LIVE : TEST;
    }

    /** Parses {@code live} or {@code test}, any case. */
    public static Mode parse(String text) {
        if (text != null) {
            switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "live":
                    return LIVE;
                case "test":
                    return TEST;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("mode must be 'live' or 'test', was '" + text + "'");
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
