package org.smartcourt.fees.domain;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.Money;

/**
 * The fee facts of a newly registered first-instance case, from what registration knows: the case-type code, the cause
 * of action, the amount in dispute and the procedure. Where those facts do not settle the kind of case, a stated
 * default is taken ({@code assumption}, a message code) so the notice can say so and the clerk can correct it.
 *
 * @param assumption null when the facts were enough
 */
public record RegisteredCaseFacts(CaseFacts facts, @Nullable String assumption) {

    /** Summary procedure and small claims (a variant of it) halve the fee (Art. 16). */
    public static RegisteredCaseFacts of(String typeCode, String cause, Money amountInDispute, String procedure) {
        var halving = procedure.equals("SUMMARY") || procedure.equals("SMALL_CLAIMS")
                ? Set.of(HalvingGround.SUMMARY_PROCEDURE)
                : Set.<HalvingGround>of();
        var claims = amountInDispute.isZero() ? List.<Money>of() : List.of(amountInDispute);
        if (typeCode.startsWith("行")) {
            // Art. 13(5)(2): other administrative cases, 50 yuan; trademark, patent and maritime ones cannot be told
            // apart from the type code alone
            return new RegisteredCaseFacts(
                    new CaseFacts(CaseKind.ADMINISTRATIVE_OTHER, Stage.FIRST_INSTANCE, List.of(), false, halving, null),
                    "fees.assumption.administrative");
        }
        if (cause.contains("离婚")) {
            // Art. 13(2)(1): divorce per case, plus 0.5 % on property to divide above 200,000
            return new RegisteredCaseFacts(
                    new CaseFacts(CaseKind.DIVORCE, Stage.FIRST_INSTANCE, claims, false, halving, null), null);
        }
        if (claims.isEmpty()) {
            // Art. 13(2)(3): a case without an amount in dispute is charged as another non-property case, at the
            // province's amount, until the clerk records the facts that make it a divorce, personality-rights or IP
            // case
            return new RegisteredCaseFacts(
                    new CaseFacts(CaseKind.CIVIL, Stage.FIRST_INSTANCE, List.of(), true, halving, null),
                    "fees.assumption.nonProperty");
        }
        // Art. 13(1): property case on the amount in dispute
        return new RegisteredCaseFacts(
                new CaseFacts(CaseKind.CIVIL, Stage.FIRST_INSTANCE, claims, false, halving, null), null);
    }
}
