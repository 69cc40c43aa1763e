package org.smartcourt.delivery.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.smartcourt.delivery.DocumentKind;
import org.smartcourt.shared.CourtCalendar;

/** The periods that start when a document is served, and their last day. */
public final class PeriodRules {

    /** A period a kind of document starts. */
    public record Rule(PeriodKind kind, int days, String article) {}

    private PeriodRules() {}

    /** The period serving this kind of document starts for its recipient, if any. */
    public static Optional<Rule> startedBy(DocumentKind kind, boolean domicileAbroad) {
        return Optional.ofNullable(
                switch (kind) {
                    // CPL Art. 128: answer within 15 days of receiving the complaint; Art. 285: 30 days abroad.
                    case COMPLAINT_COPY ->
                        domicileAbroad
                                ? new Rule(PeriodKind.ANSWER, 30, "CPL 285")
                                : new Rule(PeriodKind.ANSWER, 15, "CPL 128");
                    // CPL Art. 171 ¶1: appeal within 15 days of service of a judgment; Art. 286: 30 days abroad.
                    case JUDGMENT ->
                        domicileAbroad
                                ? new Rule(PeriodKind.APPEAL, 30, "CPL 286")
                                : new Rule(PeriodKind.APPEAL, 15, "CPL 171-1");
                    // CPL Art. 171 ¶2: appeal within 10 days of service of a ruling; Art. 286: 30 days abroad.
                    case APPEALABLE_RULING ->
                        domicileAbroad
                                ? new Rule(PeriodKind.APPEAL, 30, "CPL 286")
                                : new Rule(PeriodKind.APPEAL, 10, "CPL 171-2");
                    // CPL Art. 174: the respondent answers within 15 days; Art. 286: 30 days abroad.
                    case APPEAL_COPY ->
                        domicileAbroad
                                ? new Rule(PeriodKind.ANSWER, 30, "CPL 286")
                                : new Rule(PeriodKind.ANSWER, 15, "CPL 174");
                    default -> null;
                });
    }

    /**
     * The period started by service on {@code servedOn}. CPL Art. 85: the day of service is not counted, and a period
     * whose last day is a rest day ends on the first working day after it.
     */
    public static DependentPeriod period(Rule rule, LocalDate servedOn, CourtCalendar calendar) {
        return new DependentPeriod(rule.kind(), rule.days(), rule.article(), calendar.lastDayOf(servedOn, rule.days()));
    }
}
