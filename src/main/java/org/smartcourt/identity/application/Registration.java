package org.smartcourt.identity.application;

import org.jspecify.annotations.Nullable;

/**
 * What a person types to open an account, unchecked. {@code kind} is {@code NATURAL_PERSON} (name, ID number,
 * mobile, optional e-mail) or {@code LEGAL_PERSON} (organisation name, credit code, legal representative, mobile).
 */
public record Registration(
        @Nullable String kind,
        @Nullable String username,
        @Nullable String password,
        @Nullable String name,
        @Nullable String idNumber,
        @Nullable String creditCode,
        @Nullable String legalRepresentative,
        @Nullable String mobile,
        @Nullable String email,
        @Nullable String language) {}
