package org.smartcourt.judgments;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of court documents that end or decide a case and must be published when in effect (法释〔2016〕19号 Art. 3;
 * RULES.md §5.1), each with the word that ends its title.
 */
public enum DecisionKind {
    /** Art. 3(1): criminal, civil and administrative judgments. */
    JUDGMENT("判决书"),
    /** Art. 3(2): criminal, civil, administrative and enforcement rulings. */
    RULING("裁定书"),
    /** Art. 3(3): payment orders. */
    PAYMENT_ORDER("支付令"),
    /** Art. 3(4): notices rejecting a petition (驳回申诉通知书). */
    NOTICE_REJECTING_PETITION("驳回申诉通知书"),
    /** Art. 3(5)–(8): state-compensation, compulsory-treatment, punishment-change and sanction decisions. */
    DECISION("决定书"),
    /** Art. 3(9) for administrative and civil public-interest cases; Art. 4(3) keeps the others unpublished. */
    MEDIATION_STATEMENT("调解书");

    private final String documentType;

    DecisionKind(String documentType) {
        this.documentType = documentType;
    }

    /** The word that ends the document's title: 判决书, 裁定书, 支付令… */
    public String documentType() {
        return documentType;
    }

    /**
     * The title as printed for a case of this type (法院诉讼文书样式): the branch of law from the case-type code, then
     * the document (民初 → 民事判决书, 执 → 执行裁定书); payment orders and petition notices carry no branch.
     */
    public String titleFor(String caseTypeCode) {
        if (this == PAYMENT_ORDER || this == NOTICE_REJECTING_PETITION) {
            return documentType;
        }
        var branch = caseTypeCode.isEmpty() ? "" : branch(caseTypeCode);
        return branch + documentType;
    }

    private static String branch(String code) {
        if (code.startsWith("行赔") || code.startsWith("法赔") || code.startsWith("委赔")) {
            return "国家赔偿";
        }
        return switch (code.charAt(0)) {
            case '刑' -> "刑事";
            case '民' -> "民事";
            case '行' -> "行政";
            case '执' -> "执行";
            default -> "";
        };
    }

    /** Accepts the constant name ({@code JUDGMENT}) or the document word ({@code 判决书}). */
    public static Optional<DecisionKind> parse(String value) {
        var text = value.strip();
        for (var kind : values()) {
            if (kind.name().equals(text.toUpperCase(Locale.ROOT)) || kind.documentType.equals(text)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
