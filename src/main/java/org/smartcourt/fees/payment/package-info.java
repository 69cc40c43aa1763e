/**
 * The edge to the payment gateway: the {@link org.smartcourt.fees.payment.PaymentGateway} port, the signature of the
 * gateway protocol and the adapter that speaks it over HTTP.
 */
@NullMarked
package org.smartcourt.fees.payment;

import org.jspecify.annotations.NullMarked;
