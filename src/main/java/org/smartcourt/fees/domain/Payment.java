package org.smartcourt.fees.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.Money;

/** A payment the gateway notified and the platform booked, with its electronic receipt (电子票据) once issued. */
public record Payment(
        UUID id,
        UUID orderId,
        UUID caseId,
        String transactionId,
        Money amount,
        Instant paidAt,
        @Nullable String receiptHash) {}
