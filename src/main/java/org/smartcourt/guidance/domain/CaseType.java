package org.smartcourt.guidance.domain;

import java.util.List;
import java.util.Objects;

/**
 * A civil case type the calculator knows: the id and the cause of action (案由) the filing module uses for it, how its
 * fee is charged, which limitation rule applies, and what bears on its procedure and risks.
 *
 * @param id the filing schema's id ({@code private-lending}), also used to prefill the filing form
 * @param cause the cause of action as the docket records it ({@code 民间借贷纠纷})
 * @param moneyClaim whether the case is about paying money (small claims are for money claims only, CPL Art. 165)
 * @param personalStatus whether it concerns personal status (no small claims, CPL Art. 166(1))
 * @param appraisalLikely whether an appraisal is usual (no small claims, CPL Art. 166(3); time not counted, 民诉解释 Art.
 *     243)
 * @param arbitrationFirst whether labour arbitration must come before a suit (劳动争议调解仲裁法 Art. 5)
 * @param tips the ids of the tips particular to this type, shown after the general ones
 */
public record CaseType(
        String id,
        String cause,
        FeeKind feeKind,
        LimitationRule limitation,
        boolean moneyClaim,
        boolean personalStatus,
        boolean appraisalLikely,
        boolean arbitrationFirst,
        List<String> tips) {

    public CaseType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(feeKind, "feeKind");
        Objects.requireNonNull(limitation, "limitation");
        if (cause == null || cause.isBlank()) {
            throw new IllegalArgumentException("A case type names its cause of action: " + id);
        }
        tips = List.copyOf(tips);
    }
}
