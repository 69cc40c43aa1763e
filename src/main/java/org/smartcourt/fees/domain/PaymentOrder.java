package org.smartcourt.fees.domain;

import java.time.Instant;
import java.util.UUID;
import org.smartcourt.shared.Money;

/** An order opened at the gateway to pay a fee notice. */
public record PaymentOrder(
        UUID id, UUID noticeId, UUID caseId, Money amount, String payUrl, Status status, Instant createdAt) {

    /** Where an order stands: opened, paid (booked from the gateway's notification), or held on an alert. */
    public enum Status {
        CREATED,
        PAID,
        ALERT
    }
}
