package org.smartcourt.guidance.domain;

import java.time.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Which limitation period a claim is subject to, how long it runs, and the articles that govern it. */
public enum LimitationRule {
    /**
     * Civil Code Art. 188: three years from the day the right holder knew or should have known of the harm and of the
     * obligor; Art. 194 suspends it for obstacles in its last six months, Art. 195 restarts it on a demand, an
     * acknowledgement or a suit; Art. 192–193: once expired the obligor may refuse, but the court does not raise it.
     */
    CIVIL_CODE(
            Period.ofYears(3),
            List.of(
                    Article.CIVIL_CODE_188,
                    Article.CIVIL_CODE_194,
                    Article.CIVIL_CODE_195,
                    Article.CIVIL_CODE_192,
                    Article.CIVIL_CODE_193,
                    Article.CIVIL_CODE_202,
                    Article.CIVIL_CODE_203)),
    /**
     * 劳动争议调解仲裁法 Art. 27: one year to apply for labour arbitration, from the day the party knew or should have
     * known of the infringement; it too is interrupted and suspended, and arrears of pay are not limited while the
     * employment lasts.
     */
    LABOUR_ARBITRATION(
            Period.ofYears(1),
            List.of(Article.LABOUR_ARBITRATION_LAW_27, Article.LABOUR_ARBITRATION_LAW_5, Article.CIVIL_CODE_203)),
    /**
     * A divorce asks the court to change a personal status; limitation applies to claims (请求权) such as money claims
     * (Civil Code Art. 188), and maintenance and support claims are expressly outside it (Art. 196).
     */
    NONE(null, List.of(Article.CIVIL_CODE_188, Article.CIVIL_CODE_196));

    private final @Nullable Period length;
    private final List<Article> articles;

    LimitationRule(@Nullable Period length, List<Article> articles) {
        this.length = length;
        this.articles = List.copyOf(articles);
    }

    /** How long the period runs; null when none applies. */
    public @Nullable Period length() {
        return length;
    }

    public List<Article> articles() {
        return articles;
    }
}
