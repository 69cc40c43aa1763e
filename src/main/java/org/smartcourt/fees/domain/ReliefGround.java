package org.smartcourt.fees.domain;

/**
 * A ground on which the court must grant fee relief, as the Measures list them: Art. 45 (waiver), Art. 46 (reduction)
 * and Art. 47 (deferral), item by item. Each ground supports the form of relief of its article.
 */
public enum ReliefGround {
    /** Art. 45(1): a disabled person without a fixed source of income. */
    DISABLED_WITHOUT_INCOME(ReliefKind.WAIVER, 1),
    /** Art. 45(2): claims for support, maintenance, child support or survivor's pension (赡养费、扶养费、抚育费、抚恤金). */
    SUPPORT_OR_PENSION_CLAIM(ReliefKind.WAIVER, 2),
    /** Art. 45(3): minimum-living-guarantee, rural hardship or 五保 recipients, or on unemployment benefit, no other income. */
    MINIMUM_LIVING_GUARANTEE(ReliefKind.WAIVER, 3),
    /** Art. 45(4): harmed acting bravely for justice or protecting the public interest (见义勇为). */
    BRAVE_ACT_OR_PUBLIC_INTEREST(ReliefKind.WAIVER, 4),
    /** Art. 45(5): other cases that truly require a waiver. */
    OTHER_WAIVER(ReliefKind.WAIVER, 5),
    /** Art. 46(1): hardship from force majeure, receiving social relief, or a family business unable to go on. */
    FORCE_MAJEURE_HARDSHIP(ReliefKind.REDUCTION, 1),
    /** Art. 46(2): persons entitled to state special care or resettlement (优抚、安置对象). */
    SPECIAL_CARE_OR_RESETTLEMENT(ReliefKind.REDUCTION, 2),
    /** Art. 46(3): social-welfare institutions and relief stations. */
    WELFARE_INSTITUTION(ReliefKind.REDUCTION, 3),
    /** Art. 46(4): other cases that truly require a reduction. */
    OTHER_REDUCTION(ReliefKind.REDUCTION, 4),
    /** Art. 47(1): claims for social-insurance benefits or economic compensation (经济补偿金). */
    SOCIAL_INSURANCE_OR_COMPENSATION_CLAIM(ReliefKind.DEFERRAL, 1),
    /** Art. 47(2): victims of maritime, traffic, medical, work, product-quality or other personal-injury accidents. */
    ACCIDENT_VICTIM(ReliefKind.DEFERRAL, 2),
    /** Art. 47(3): receiving legal aid. */
    LEGAL_AID(ReliefKind.DEFERRAL, 3),
    /** Art. 47(4): other cases that truly require a deferral. */
    OTHER_DEFERRAL(ReliefKind.DEFERRAL, 4);

    private final ReliefKind kind;
    private final int item;

    ReliefGround(ReliefKind kind, int item) {
        this.kind = kind;
        this.item = item;
    }

    /** The form of relief this ground supports. */
    public ReliefKind kind() {
        return kind;
    }

    /** The article and item that list this ground, e.g. Art. 45 item (2). */
    public LegalBasis basis() {
        return new LegalBasis(Act.MEASURES, kind.basis().article(), 0, item, 0);
    }
}
