package org.smartcourt.fees.domain;

import org.smartcourt.shared.Language;

/**
 * A citation: act, article and, where cited, paragraph (款), item (项) and point (目); zero means "not cited". Rendered
 * the Chinese way ({@code 诉讼费用交纳办法第十三条第（一）项第2目}) or the English way ({@code Measures on the Payment of
 * Litigation Costs, Art. 13 item (1) point 2}).
 */
public record LegalBasis(Act act, int article, int paragraph, int item, int point) {

    private static final String DIGITS = "零一二三四五六七八九";

    public LegalBasis {
        if (article < 1 || article > 999 || paragraph < 0 || item < 0 || point < 0) {
            throw new IllegalArgumentException("Not a citation: " + act + " " + article);
        }
    }

    public static LegalBasis measures(int article, int item) {
        return new LegalBasis(Act.MEASURES, article, 0, item, 0);
    }

    public String citation(Language language) {
        return language == Language.EN ? english() : chinese();
    }

    private String chinese() {
        var text = new StringBuilder(act.chineseTitle())
                .append('第')
                .append(chineseNumber(article))
                .append('条');
        if (paragraph > 0) {
            text.append('第').append(chineseNumber(paragraph)).append('款');
        }
        if (item > 0) {
            text.append("第（").append(chineseNumber(item)).append("）项");
        }
        if (point > 0) {
            text.append('第').append(point).append('目');
        }
        return text.toString();
    }

    private String english() {
        var text = new StringBuilder(act.englishTitle()).append(", Art. ").append(article);
        if (paragraph > 0) {
            text.append(" para. ").append(paragraph);
        }
        if (item > 0) {
            text.append(" item (").append(item).append(')');
        }
        if (point > 0) {
            text.append(" point ").append(point);
        }
        return text.toString();
    }

    /** 1–999 in Chinese numerals as statutes write article numbers: 十三, 二十, 一百零六, 二百一十三. */
    static String chineseNumber(int number) {
        int hundreds = number / 100;
        int tens = number / 10 % 10;
        int units = number % 10;
        var text = new StringBuilder();
        if (hundreds > 0) {
            text.append(DIGITS.charAt(hundreds)).append('百');
        }
        if (tens > 0) {
            if (hundreds > 0 || tens > 1) {
                text.append(DIGITS.charAt(tens));
            }
            text.append('十');
        } else if (hundreds > 0 && units > 0) {
            text.append('零');
        }
        if (units > 0) {
            text.append(DIGITS.charAt(units));
        }
        return text.toString();
    }
}
