package org.smartcourt.fees.payment;

/** The gateway could not be reached or answered something the protocol does not allow. */
public class GatewayUnavailable extends RuntimeException {

    public GatewayUnavailable(String message) {
        super(message);
    }

    public GatewayUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
