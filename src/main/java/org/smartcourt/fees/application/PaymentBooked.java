package org.smartcourt.fees.application;

import java.util.UUID;

/** A payment was booked from the gateway's notification; its receipt and timeline node follow. */
record PaymentBooked(UUID paymentId, UUID noticeId) {}
