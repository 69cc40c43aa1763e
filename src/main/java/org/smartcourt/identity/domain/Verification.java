package org.smartcourt.identity.domain;

import java.time.Instant;

/** When and by which method an account holder's real name was verified. */
public record Verification(Instant verifiedAt, String method) {}
