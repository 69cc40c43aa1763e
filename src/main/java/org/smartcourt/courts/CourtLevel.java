package org.smartcourt.courts;

import java.util.Locale;
import java.util.Optional;

/** The four levels of the people's courts, from the Supreme People's Court down to the basic courts. */
public enum CourtLevel {
    /** 最高人民法院. */
    SPC,
    /** 高级人民法院, and the military court and the Production and Construction Corps branch at the same level. */
    HIGH,
    /** 中级人民法院, including specialised intermediate courts (railway, maritime, IP, financial…). */
    INTERMEDIATE,
    /** 基层人民法院. */
    BASIC;

    /** The level named by {@code text}, ignoring case and surrounding blanks; empty when it names none. */
    public static Optional<CourtLevel> parse(String text) {
        var wanted = text.strip().toUpperCase(Locale.ROOT);
        for (var level : values()) {
            if (level.name().equals(wanted)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
