/**
 * The SANDBOX payment gateway: another system (orders, a hosted payment page, signed notifications with retries,
 * queries, refunds and statements) that runs inside the application for development and tests, enabled by
 * {@code smartcourt.fees.gateway=sandbox}. The platform talks to it only over HTTP.
 */
@NullMarked
package org.smartcourt.fees.sandbox;

import org.jspecify.annotations.NullMarked;
