package org.smartcourt.filing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Sums the claim items into the amount in dispute (诉讼标的额) by the rule of each {@link ClaimKind}: principal,
 * interest and penalties up to the filing day, damages, property and other money claims count; litigation costs and
 * claims without money do not. Amounts that cannot be read are left out (the check reports them).
 */
public final class AmountInDisputeRule {

    private AmountInDisputeRule() {}

    public static BigDecimal sum(ElementSchema schema, Answers answers) {
        var total = BigDecimal.ZERO;
        for (var claim : schema.claims()) {
            var answer = answers.claims().get(claim.name());
            if (answer == null || answer.amount() == null || !claim.kind().countsTowardsAmountInDispute()) {
                continue;
            }
            try {
                var amount = new BigDecimal(answer.amount().replace(",", "").replace("，", ""));
                if (amount.signum() > 0) {
                    total = total.add(amount);
                }
            } catch (NumberFormatException unreadable) {
                // reported by ElementCheck
            }
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }
}
