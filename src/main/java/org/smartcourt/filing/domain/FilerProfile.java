package org.smartcourt.filing.domain;

import org.jspecify.annotations.Nullable;

/**
 * What filing needs to know of the person who files: whether their real name was verified (在线诉讼规则 Art. 7) and,
 * for a lawyer, the licence number.
 */
public record FilerProfile(
        String username,
        String name,
        boolean verified,
        @Nullable String licenceNumber) {}
