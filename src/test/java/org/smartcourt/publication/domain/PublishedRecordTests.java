package org.smartcourt.publication.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PublishedRecordTests {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    @Test
    void aCorrectionIsADatedNoteWithItsReason() {
        var record = new PublishedRecord(UUID.randomUUID(), "原告张三", null, List.of());

        var note = record.correct("原告张某", "漏隐当事人姓名", TODAY);

        assertThat(note).isEqualTo(new PublicNotice(PublicNotice.Kind.CORRECTED, TODAY, null, "漏隐当事人姓名"));
    }

    @Test
    void aCorrectionNeedsAReasonAndAChange() {
        var record = new PublishedRecord(UUID.randomUUID(), "原告张三", null, List.of());

        assertThatThrownBy(() -> record.correct("原告张某", " ", TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> record.correct("原告张三", "没有改动", TODAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWithdrawnRecordIsNeitherWithdrawnAgainNorCorrected() {
        var withdrawal = new PublicNotice(PublicNotice.Kind.WITHDRAWN, TODAY, null, "错误公开");
        var record = new PublishedRecord(UUID.randomUUID(), "原告张三", TODAY, List.of(withdrawal));

        assertThat(record.withdrawal()).contains(withdrawal);
        assertThatThrownBy(() -> record.withdraw("再次撤回", TODAY)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> record.correct("原告张某", "更正", TODAY)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aNoticeOfNonPublicationHasNoTextToCorrect() {
        var notice = new PublicNotice(PublicNotice.Kind.NOT_PUBLISHED, TODAY, ExclusionGround.DIVORCE_OR_CUSTODY, null);
        var record = new PublishedRecord(UUID.randomUUID(), "本案裁判文书依法不在互联网公布。", null, List.of(notice));

        assertThatThrownBy(() -> record.correct("别的文字", "更正", TODAY)).isInstanceOf(IllegalStateException.class);
        assertThat(record.withdraw("错误标记为不公开", TODAY).kind()).isEqualTo(PublicNotice.Kind.WITHDRAWN);
    }
}
