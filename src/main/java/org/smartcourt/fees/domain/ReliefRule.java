package org.smartcourt.fees.domain;

/**
 * The rules an application for fee relief, and the court's decision on it, must meet; each names the field it concerns
 * and the provision it comes from. The message of a rule is {@code fees.relief.rule.<NAME>}.
 */
public enum ReliefRule {
    /** Art. 44 ¶2: only natural persons may have the fee waived. */
    WAIVER_ONLY_FOR_NATURAL_PERSONS("kind", new LegalBasis(Act.MEASURES, 44, 2, 0, 0)),
    /** Art. 48 ¶1: the application states on which ground relief is sought. */
    GROUND_REQUIRED("grounds", new LegalBasis(Act.MEASURES, 48, 1, 0, 0)),
    /** Art. 45–47: each ground supports the form of relief of its own article. */
    GROUND_OF_ANOTHER_KIND("grounds", new LegalBasis(Act.MEASURES, 44, 1, 0, 0)),
    /** Art. 46 ¶2: a reduction says by how much. */
    REDUCTION_PERCENT_REQUIRED("reductionPercent", new LegalBasis(Act.MEASURES, 46, 2, 0, 0)),
    /** Art. 46 ¶2: a reduction is at least 30 %. */
    REDUCTION_BELOW_MINIMUM("reductionPercent", new LegalBasis(Act.MEASURES, 46, 2, 0, 0)),
    /** Art. 44 ¶2, Art. 45: not charging the whole fee is a waiver, not a reduction. */
    REDUCTION_OF_EVERYTHING("reductionPercent", new LegalBasis(Act.MEASURES, 44, 2, 0, 0)),
    /** Art. 46 ¶2: a percentage belongs to a reduction only. */
    PERCENT_WITHOUT_REDUCTION("reductionPercent", new LegalBasis(Act.MEASURES, 46, 2, 0, 0)),
    /** Art. 47: a granted deferral says until when. */
    DEFERRAL_DATE_REQUIRED("deferUntil", new LegalBasis(Act.MEASURES, 47, 0, 0, 0)),
    /** Art. 47: a deferral moves the deadline later, never earlier. */
    DEFERRAL_NOT_LATER("deferUntil", new LegalBasis(Act.MEASURES, 47, 0, 0, 0)),
    /** Art. 47: a date to pay by belongs to a deferral only. */
    DATE_WITHOUT_DEFERRAL("deferUntil", new LegalBasis(Act.MEASURES, 47, 0, 0, 0)),
    /** Art. 48 ¶1: a written application. */
    STATEMENT_REQUIRED("statement", new LegalBasis(Act.MEASURES, 48, 1, 0, 0)),
    /** Art. 48 ¶1: with the material proving the hardship. */
    EVIDENCE_REQUIRED("evidence", new LegalBasis(Act.MEASURES, 48, 1, 0, 0)),
    /** Art. 48 ¶3: a refusal is explained in writing. */
    REASONS_REQUIRED("reasons", new LegalBasis(Act.MEASURES, 48, 3, 0, 0));

    private final String field;
    private final LegalBasis basis;

    ReliefRule(String field, LegalBasis basis) {
        this.field = field;
        this.basis = basis;
    }

    public String field() {
        return field;
    }

    public LegalBasis basis() {
        return basis;
    }

    public String messageKey() {
        return "fees.relief.rule." + name();
    }
}
