package org.smartcourt.guidance.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The first-instance procedures and their statutory time limits (审限), counted from registration (立案). */
public enum TrialProcedure {
    /** CPL Art. 168: two months; the president may extend by one month. */
    SMALL_CLAIMS(2, 1, 3, List.of(Article.CPL_168)),
    /** CPL Art. 164: three months, plus one by the president; never more than four in all (民诉解释 Art. 258). */
    SUMMARY(3, 1, 4, List.of(Article.CPL_164, Article.CPL_INTERPRETATION_258)),
    /**
     * CPL Art. 152: six months, plus six by the president; a further extension needs the superior court, so there is
     * no fixed ceiling.
     */
    ORDINARY(6, 6, null, List.of(Article.CPL_152));

    private final int months;
    private final int extensionMonths;
    private final @Nullable Integer ceilingMonths;
    private final List<Article> articles;

    TrialProcedure(int months, int extensionMonths, @Nullable Integer ceilingMonths, List<Article> articles) {
        this.months = months;
        this.extensionMonths = extensionMonths;
        this.ceilingMonths = ceilingMonths;
        this.articles = List.copyOf(articles);
    }

    /** The time limit without extension. */
    public int months() {
        return months;
    }

    /** What the court president may add. */
    public int extensionMonths() {
        return extensionMonths;
    }

    /** The most the case may take with every extension; null when a superior court may extend further. */
    public @Nullable Integer ceilingMonths() {
        return ceilingMonths;
    }

    public List<Article> articles() {
        return articles;
    }
}
