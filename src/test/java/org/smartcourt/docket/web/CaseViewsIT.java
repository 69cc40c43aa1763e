package org.smartcourt.docket.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.domain.CaseNode;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

@CourtIntegrationTest
class CaseViewsIT {

    @Autowired
    CaseViews views;

    @Autowired
    Validator validator;

    private final List<CaseNode> nodes = List.of(
            new CaseNode(
                    CaseId.random(),
                    Instant.parse("2026-03-02T02:00:00Z"),
                    ActorRole.CLERK,
                    "王立案",
                    "clerk-wang",
                    "docket.node.registered",
                    List.of("（2026）鲁0102民初7号"),
                    List.of(),
                    null),
            new CaseNode(
                    CaseId.random(),
                    Instant.parse("2026-03-02T02:00:01Z"),
                    ActorRole.CLERK,
                    "王立案",
                    "clerk-wang",
                    "docket.node.judgeAssigned.RANDOM",
                    List.of("陈审判"),
                    List.of(),
                    null));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theTimelineIsDescribedInChineseByDefault() {
        var timeline = views.timeline(nodes, Locale.SIMPLIFIED_CHINESE);

        assertThat(timeline)
                .extracting(CaseViews.Node::description)
                .containsExactly("已立案，案号 （2026）鲁0102民初7号", "随机分案，承办法官 陈审判");
        assertThat(timeline.get(0).actor()).isEqualTo("立案庭");
        assertThat(timeline.get(0).actorName()).isEqualTo("王立案");
    }

    @Test
    void theTimelineIsDescribedInEnglishWhenAskedFor() {
        var timeline = views.timeline(nodes, Locale.ENGLISH);

        assertThat(timeline)
                .extracting(CaseViews.Node::description)
                .containsExactly("Case registered as （2026）鲁0102民初7号", "Judge 陈审判 assigned by random draw");
        assertThat(timeline.get(1).actor()).isEqualTo("Case-filing division");
    }

    @Test
    void theTimelineNeverShowsTheStaffsUsernames() {
        assertThat(views.timeline(nodes, Locale.ENGLISH).toString()).doesNotContain("clerk-wang");
    }

    @Test
    void aCorrectionRequestWithoutDefectsIsRejectedWithTheDocketsMessage() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

        var violations = validator.validate(
                new CaseRequests.CorrectionRequest(List.of(), LocalDate.now().plusDays(5)));

        assertThat(violations)
                .singleElement()
                .satisfies(violation -> assertThat(violation.getMessage()).isEqualTo("请至少列出一项需要补正的内容。"));
    }
}
