package org.smartcourt.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcourt.delivery.DocumentKind;
import org.smartcourt.docket.Procedure;

/** When public-notice service is allowed, one row per rule. */
class PublicNoticePolicyTests {

    static Stream<Arguments> rules() {
        return Stream.of(
                row(
                        "CPL Art. 95: whereabouts unknown, ordinary procedure: allowed",
                        Procedure.ORDINARY,
                        DocumentKind.COMPLAINT_COPY,
                        NoticeGround.WHEREABOUTS_UNKNOWN,
                        false,
                        null),
                row(
                        "CPL Art. 95: other methods failed (the letter came back): allowed",
                        Procedure.ORDINARY,
                        DocumentKind.JUDGMENT,
                        NoticeGround.OTHER_METHODS_FAILED,
                        true,
                        null),
                row(
                        "CPL Art. 95: other methods not yet tried: refused",
                        Procedure.ORDINARY,
                        DocumentKind.JUDGMENT,
                        NoticeGround.OTHER_METHODS_FAILED,
                        false,
                        PublicNoticePolicy.Refusal.OTHER_METHODS_NOT_TRIED),
                row(
                        "民诉解释 Art. 140: no public notice in summary procedure",
                        Procedure.SUMMARY,
                        DocumentKind.COMPLAINT_COPY,
                        NoticeGround.WHEREABOUTS_UNKNOWN,
                        false,
                        PublicNoticePolicy.Refusal.SUMMARY_PROCEDURE),
                row(
                        "民诉解释 Art. 140: small claims are summary procedure too",
                        Procedure.SMALL_CLAIMS,
                        DocumentKind.COMPLAINT_COPY,
                        NoticeGround.WHEREABOUTS_UNKNOWN,
                        false,
                        PublicNoticePolicy.Refusal.SUMMARY_PROCEDURE),
                row(
                        "民诉解释 Art. 133: a mediation statement is never served by public notice",
                        Procedure.ORDINARY,
                        DocumentKind.MEDIATION_STATEMENT,
                        NoticeGround.WHEREABOUTS_UNKNOWN,
                        false,
                        PublicNoticePolicy.Refusal.PERSONAL_SERVICE_ONLY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void publicNoticeIsAllowedAsTheRuleSays(
            String rule,
            Procedure procedure,
            DocumentKind kind,
            NoticeGround ground,
            boolean otherMethodsFailed,
            PublicNoticePolicy.@Nullable Refusal expected) {
        assertThat(PublicNoticePolicy.refusal(procedure, kind, ground, otherMethodsFailed))
                .as(rule)
                .isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void aNoticeIssuedOnSixMayIsDeemedServedOnFiveJuneAsInRulesExampleFour() {
        assertThat(PublicNoticePolicy.deemedServedOn(LocalDate.of(2024, 5, 6), false))
                .isEqualTo(LocalDate.of(2024, 6, 5));
    }

    @Test
    void abroadTheNoticeRunsSixtyDays() {
        // CPL Art. 283 ¶2 (2023; three months before the 2023 revision)
        assertThat(PublicNoticePolicy.deemedServedOn(LocalDate.of(2024, 5, 6), true))
                .isEqualTo(LocalDate.of(2024, 7, 5));
    }

    private static Arguments row(
            String rule,
            Procedure procedure,
            DocumentKind kind,
            NoticeGround ground,
            boolean otherMethodsFailed,
            PublicNoticePolicy.@Nullable Refusal expected) {
        return Arguments.of(rule, procedure, kind, ground, otherMethodsFailed, expected);
    }
}
