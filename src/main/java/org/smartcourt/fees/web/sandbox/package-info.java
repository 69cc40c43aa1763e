/**
 * The SANDBOX payment gateway's HTTP face under {@code /sandbox-pay/**}: the merchant API (orders, queries, refunds,
 * statements) and the hosted payment page with its QR code and card form. Not part of the platform.
 */
@NullMarked
package org.smartcourt.fees.web.sandbox;

import org.jspecify.annotations.NullMarked;
