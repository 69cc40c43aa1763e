package org.smartcourt.publication.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smartcourt.docket.CaseId;
import org.smartcourt.judgments.DecisionKind;
import org.smartcourt.publication.anonymisation.Category;
import org.smartcourt.publication.anonymisation.Profile;
import org.smartcourt.publication.anonymisation.ReviewerCorrection;
import org.smartcourt.shared.CourtCalendar;
import org.smartcourt.shared.CourtCode;

class PublicationItemTests {

    private static final Instant NOW = Instant.parse("2026-03-03T02:00:00Z");

    private static PublicationItem item(DecisionKind kind, String cause) {
        return PublicationItem.queue(
                UUID.randomUUID(),
                UUID.randomUUID(),
                CaseId.random(),
                CourtCode.of("鲁0102"),
                "（2026）鲁0102民初5号",
                "民初",
                cause,
                kind,
                kind.titleFor("民初"),
                "0".repeat(64),
                LocalDate.parse("2026-03-01"),
                PublicationDeadline.afterEffect(CourtCalendar.weekendsOnly(), LocalDate.parse("2026-03-02")),
                "原告张三诉被告李四民间借贷纠纷一案。",
                Profile.PRACTICE_2024,
                NOW);
    }

    private static Correction mask(int start, int end) {
        return new Correction(start, end, ReviewerCorrection.Action.MASK, Category.PERSON, "", "clerk", NOW);
    }

    @Test
    void aCorrectionIsRecordedOnceAndUndoneByReplacingAll() {
        var item = item(DecisionKind.JUDGMENT, "民间借贷纠纷");

        item.correct(List.of(mask(2, 4)), false);
        item.correct(List.of(mask(2, 4), mask(7, 9)), false);
        assertThat(item.corrections()).hasSize(2);

        item.correct(List.of(), true);
        assertThat(item.corrections()).isEmpty();
    }

    @Test
    void aCorrectionOutsideTheTextIsRefused() {
        var item = item(DecisionKind.JUDGMENT, "民间借贷纠纷");

        assertThatThrownBy(() -> item.correct(List.of(mask(10, 400)), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDivorceJudgmentCannotBeApprovedEvenWithAReason() {
        var item = item(DecisionKind.JUDGMENT, "离婚纠纷");

        assertThatThrownBy(() -> item.approve("公众关注", UUID.randomUUID(), "clerk", NOW))
                .isInstanceOfSatisfying(
                        ExcludedByLaw.class,
                        excluded -> assertThat(excluded.ground()).isEqualTo(ExclusionGround.DIVORCE_OR_CUSTODY));
        assertThat(item.status()).isEqualTo(ItemStatus.AWAITING_REVIEW);
    }

    @Test
    void aMediationStatementIsPublishedOnlyWithTheNecessityStated() {
        var item = item(DecisionKind.MEDIATION_STATEMENT, "环境污染责任纠纷");

        assertThatThrownBy(() -> item.approve(" ", UUID.randomUUID(), "clerk", NOW))
                .isInstanceOf(ExcludedByLaw.class);
        item.approve("民事公益诉讼调解书，依第三条第（九）项应当公开", UUID.randomUUID(), "clerk", NOW);

        assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(item.necessity()).startsWith("民事公益诉讼调解书");
    }

    @Test
    void anExcludedItemPublishesTheNoticeAndCannotBeApprovedAfterwards() {
        var item = item(DecisionKind.JUDGMENT, "离婚纠纷");
        var noticeId = UUID.randomUUID();

        var notice =
                item.exclude(ExclusionGround.DIVORCE_OR_CUSTODY, null, false, "济南市历下区人民法院", noticeId, "clerk", NOW);

        assertThat(item.status()).isEqualTo(ItemStatus.EXCLUDED);
        assertThat(item.publishedJudgmentId()).isEqualTo(noticeId);
        assertThat(notice.text()).contains("（2026）鲁0102民初5号").doesNotContain("张三");
        assertThatThrownBy(() -> item.approve(null, UUID.randomUUID(), "clerk", NOW))
                .isInstanceOf(ItemNotReviewable.class);
    }

    @Test
    void onlyAStateSecretWithholdsEvenTheNotice() {
        var secret = item(DecisionKind.JUDGMENT, "民间借贷纠纷");
        var other = item(DecisionKind.JUDGMENT, "民间借贷纠纷");

        assertThatThrownBy(() ->
                        other.exclude(ExclusionGround.COURT_DECISION, "理由", true, "济南市历下区人民法院", null, "clerk", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        secret.exclude(ExclusionGround.STATE_SECRET, null, true, "济南市历下区人民法院", null, "clerk", NOW);

        assertThat(secret.noticeWithheld()).isTrue();
        assertThat(secret.publishedJudgmentId()).isNull();
    }
}
