package org.smartcourt.publication.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What is published instead of a document excluded by Art. 4: the case number, the court, the date of the decision
 * and the reason for not publishing it (法释〔2016〕19号 Art. 6 [U]; RULES.md §5.1). Nothing of the document itself —
 * not the cause of action, not the parties.
 *
 * @param caseNumber null for a case refused before it had a number
 * @param reason the court's own words: required for Art. 4(5), optional otherwise; published as given
 */
public record NonPublicationNotice(
        @Nullable String caseNumber,
        String court,
        LocalDate decidedOn,
        ExclusionGround ground,
        @Nullable String reason) {

    public static final int MAX_REASON_LENGTH = 500;

    public NonPublicationNotice {
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(ground, "ground");
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        if (reason == null && ground.requiresReason()) {
            throw new IllegalArgumentException("Art. 4(5): the court says why it does not publish");
        }
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("A reason has at most " + MAX_REASON_LENGTH + " characters");
        }
    }

    /** The title listed in the search results, e.g. （2026）鲁0102民初5号民事判决书（不公开）. */
    public String title(String documentTitle) {
        return (caseNumber == null ? "" : caseNumber) + documentTitle + "（不公开）";
    }

    /**
     * The published text: the facts Art. 6 lists, in Chinese as every published document; the reason first, so that
     * a search result's excerpt shows it.
     */
    public String text() {
        var text = new StringBuilder("本案裁判文书依法不在互联网公布。不公开理由：")
                .append(ground.description())
                .append("（")
                .append(ground.citation())
                .append("）。");
        if (reason != null) {
            text.append(reason);
            if (!reason.endsWith("。")) {
                text.append('。');
            }
        }
        text.append('\n');
        if (caseNumber != null) {
            text.append("案号：").append(caseNumber).append('\n');
        }
        text.append("审理法院：").append(court).append('\n');
        text.append("裁判日期：")
                .append(decidedOn.getYear())
                .append('年')
                .append(decidedOn.getMonthValue())
                .append('月')
                .append(decidedOn.getDayOfMonth())
                .append('日');
        return text.toString();
    }
}
