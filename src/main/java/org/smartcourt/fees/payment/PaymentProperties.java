package org.smartcourt.fees.payment;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of fee notices, payment and refunds.
 *
 * @param gateway which payment gateway adapter runs; {@code sandbox} (default) also serves the sandbox gateway under
 *     {@code /sandbox-pay/**}
 * @param gatewayUrl the gateway's base URL; empty: the sandbox of this application ({@code http://localhost:<port>/sandbox-pay})
 * @param platformUrl the platform's public base URL the gateway sends notifications and payers back to; empty:
 *     {@code http://localhost:<port>}
 * @param merchantId the platform's merchant number at the gateway
 * @param noticeDays days the plaintiff has to pay after receiving the fee notice (诉讼费用交纳办法 Art. 22 ¶1: 7)
 * @param refundDays days to pay a refund back after the document takes effect (Art. 53 ¶2: 15)
 * @param overdueCheckInterval how often unpaid notices past their deadline are looked for
 * @param reconciliationCron when the daily reconciliation of the previous day runs
 * @param gatewayTimeout how long a call to the gateway may take
 */
@ConfigurationProperties("smartcourt.fees")
public record PaymentProperties(
        @DefaultValue("sandbox") String gateway,
        @Nullable String gatewayUrl,
        @Nullable String platformUrl,
        @DefaultValue("smartcourt") String merchantId,
        @DefaultValue("7") int noticeDays,
        @DefaultValue("15") int refundDays,
        @DefaultValue("1h") Duration overdueCheckInterval,
        @DefaultValue("0 30 1 * * *") String reconciliationCron,
        @DefaultValue("10s") Duration gatewayTimeout) {}
