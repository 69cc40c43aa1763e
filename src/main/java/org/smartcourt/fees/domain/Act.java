package org.smartcourt.fees.domain;

/** The texts that fee rules cite. */
public enum Act {
    MEASURES("诉讼费用交纳办法", "Measures on the Payment of Litigation Costs"),
    CPL_INTERPRETATION("最高人民法院关于适用《中华人民共和国民事诉讼法》的解释", "SPC Interpretation of the Civil Procedure Law");

    private final String chineseTitle;
    private final String englishTitle;

    Act(String chineseTitle, String englishTitle) {
        this.chineseTitle = chineseTitle;
        this.englishTitle = englishTitle;
    }

    public String chineseTitle() {
        return chineseTitle;
    }

    public String englishTitle() {
        return englishTitle;
    }
}
