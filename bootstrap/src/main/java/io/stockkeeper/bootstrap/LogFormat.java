package io.stockkeeper.bootstrap;

import java.util.Locale;

/** How log lines are written: for people ({@code text}) or for a log pipeline ({@code json}, one object a line). */
public enum LogFormat {
    TEXT,
    JSON;

    static LogFormat parse(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "text":
                return TEXT;
            case "json":
                return JSON;
            default:
                throw new IllegalArgumentException("must be text or json, was '" + text + "'");
        }
    }
}
