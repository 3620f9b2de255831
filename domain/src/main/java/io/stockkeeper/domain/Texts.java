package io.stockkeeper.domain;

/**
 * Checks on text that must survive every store unchanged: PostgreSQL cannot hold NUL, and a lone
 * UTF-16 surrogate has no UTF-8 form, so a store would silently replace it and two different values
 * could become one.
 */
public final class Texts {

    private Texts() {
    }

    /** @throws IllegalArgumentException naming {@code name} when the text holds NUL or an unpaired surrogate */
    public static void requireStorable(String value, String name) {
        if (value == null) {
            return;
        }
        if (value.indexOf('\u0000') >= 0) {
            throw new IllegalArgumentException(name + " must not contain NUL characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(name + " contains an unpaired UTF-16 surrogate");
            }
        }
    }
}
