package org.smartcourt.publication.domain;

/**
 * Why an effective document is not published on the internet (法释〔2016〕19号 Art. 4 [P]; RULES.md §5.1). In its place
 * the court publishes the case number, the court, the date of the decision and the reason (Art. 6 [U]).
 */
public enum ExclusionGround {
    /** Art. 4(1): it involves state secrets. */
    STATE_SECRET(1, "涉及国家秘密"),
    /** Art. 4(2): juvenile crime (未成年人犯罪). */
    JUVENILE_CRIME(2, "未成年人犯罪"),
    /**
     * Art. 4(3): the case was closed by mediation or the ruling confirms a people's mediation agreement — unless
     * publication is really necessary to protect the interests of the state, the public or others.
     */
    MEDIATION(3, "以调解方式结案或者确认人民调解协议效力"),
    /** Art. 4(4): divorce proceedings, or the custody or guardianship of minor children. */
    DIVORCE_OR_CUSTODY(4, "离婚诉讼或者涉及未成年子女抚养、监护"),
    /** Art. 4(5): another case the people's court deems unsuitable to publish; the court gives its reason. */
    COURT_DECISION(5, "人民法院认为不宜在互联网公布");

    private static final String RULE = "《最高人民法院关于人民法院在互联网公布裁判文书的规定》";
    private static final String[] NUMERALS = {"", "一", "二", "三", "四", "五"};

    private final int item;
    private final String description;

    ExclusionGround(int item, String description) {
        this.item = item;
        this.description = description;
    }

    /** The item of Art. 4, 1 to 5. */
    public int item() {
        return item;
    }

    /** The ground as Art. 4 words it, for the published notice. */
    public String description() {
        return description;
    }

    /** The citation printed in the notice: 《…规定》第四条第（四）项. */
    public String citation() {
        return RULE + "第四条第（" + NUMERALS[item] + "）项";
    }

    /** Art. 4(5): the court must say why it deems the document unsuitable. */
    public boolean requiresReason() {
        return this == COURT_DECISION;
    }

    /** Art. 4(3), proviso: a mediated case is published when that is really necessary (and said why). */
    public boolean yieldsToNecessity() {
        return this == MEDIATION;
    }

    /** Art. 6 [U]: not even the notice is published when the notice itself would leak a state secret. */
    public boolean noticeMayBeWithheld() {
        return this == STATE_SECRET;
    }
}
