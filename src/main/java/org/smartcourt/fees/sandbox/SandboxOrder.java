package org.smartcourt.fees.sandbox;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.Money;

/** An order at the sandbox gateway. */
public record SandboxOrder(
        String orderId,
        String merchantId,
        Money amount,
        String subject,
        String notifyUrl,
        String returnUrl,
        String status,
        @Nullable String transactionId,
        @Nullable Instant paidAt,
        @Nullable Money paidAmount,
        Money refunded) {

    public boolean paid() {
        return "PAID".equals(status);
    }
}
