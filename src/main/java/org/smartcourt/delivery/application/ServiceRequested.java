package org.smartcourt.delivery.application;

import java.util.UUID;

/** A service was started and its messages are to be sent; internal to the module, kept by the outbox. */
public record ServiceRequested(UUID serviceId) {}
