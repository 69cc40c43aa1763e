package org.smartcourt.identity.application;

import java.util.Locale;

/** Where a sign-in came from. */
public enum Channel {
    WEB,
    API;

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
