package org.smartcourt.fees.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.Money;

/**
 * Facts for a case-acceptance fee: the kind of case, the instance, the amounts of the property claims at this instance
 * (at first instance the claims, on appeal the appeal request, on retrial the disputed part; for divorce the property
 * to divide, for personality rights the damages claimed), whether there are claims without an amount, the halving
 * grounds, and an amount chosen inside a statutory range ({@code chosenAmount}, null: the province's amount).
 */
public record CaseFacts(
        CaseKind kind,
        Stage stage,
        List<Money> propertyClaims,
        boolean nonPropertyClaims,
        Set<HalvingGround> halvingGrounds,
        @Nullable Money chosenAmount)
        implements FeeFacts {

    public CaseFacts {
        propertyClaims = List.copyOf(propertyClaims);
        // in the order of HalvingGround, so that the ground applied is always the same
        halvingGrounds =
                halvingGrounds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(halvingGrounds));
        for (var claim : propertyClaims) {
            if (claim.isNegative() || claim.isZero()) {
                throw new FeeFactsRejected(FeeFactsRejected.Reason.AMOUNT_NOT_POSITIVE, claim.toString());
            }
        }
        if (chosenAmount != null && chosenAmount.isNegative()) {
            throw new FeeFactsRejected(FeeFactsRejected.Reason.AMOUNT_NOT_POSITIVE, chosenAmount.toString());
        }
        if (stage != Stage.FIRST_INSTANCE && halvingGrounds.contains(HalvingGround.SUMMARY_PROCEDURE)) {
            throw new FeeFactsRejected(FeeFactsRejected.Reason.SUMMARY_PROCEDURE_ONLY_AT_FIRST_INSTANCE);
        }
    }

    /** A first-instance case with property claims and no halving ground. */
    public static CaseFacts property(CaseKind kind, Money... claims) {
        return new CaseFacts(kind, Stage.FIRST_INSTANCE, List.of(claims), false, Set.of(), null);
    }

    public CaseFacts at(Stage newStage) {
        return new CaseFacts(kind, newStage, propertyClaims, nonPropertyClaims, halvingGrounds, chosenAmount);
    }

    public CaseFacts halvedFor(HalvingGround... grounds) {
        return new CaseFacts(kind, stage, propertyClaims, nonPropertyClaims, Set.of(grounds), chosenAmount);
    }

    public CaseFacts withNonPropertyClaims() {
        return new CaseFacts(kind, stage, propertyClaims, true, halvingGrounds, chosenAmount);
    }

    public CaseFacts choosing(Money amount) {
        return new CaseFacts(kind, stage, propertyClaims, nonPropertyClaims, halvingGrounds, amount);
    }

    public CaseFacts withClaims(List<Money> claims) {
        return new CaseFacts(kind, stage, claims, nonPropertyClaims, halvingGrounds, chosenAmount);
    }
}
