package org.smartcourt.fees.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Which applications for fee relief (诉讼费用交纳办法 Art. 44–48) and which decisions on them are admissible. */
public final class ReliefRules {

    /** The longest written statement accepted, in characters. */
    public static final int STATEMENT_LIMIT = 2000;

    private static final int MINIMUM_REDUCTION = 30; // Art. 46 ¶2: 减交比例不得低于30%

    private ReliefRules() {}

    /**
     * What an application asks and brings.
     *
     * @param naturalPerson whether the party applying is a natural person
     * @param noticeDeadline the fee notice's current deadline
     */
    public record Application(
            ReliefTerms requested,
            Set<ReliefGround> grounds,
            String statement,
            int evidenceFiles,
            boolean naturalPerson,
            LocalDate noticeDeadline) {

        public Application {
            grounds = Set.copyOf(grounds);
        }
    }

    /** The rules the application breaks; empty when it may be filed. */
    public static List<ReliefViolation> check(Application application) {
        var violations = new ArrayList<ReliefViolation>();
        terms(application.requested(), application.naturalPerson(), application.noticeDeadline(), false, violations);
        if (application.grounds().isEmpty()) {
            violations.add(ReliefViolation.of(ReliefRule.GROUND_REQUIRED));
        }
        // Art. 45–47: each article lists the grounds for its own form of relief
        application.grounds().stream()
                .filter(ground -> ground.kind() != application.requested().kind())
                .sorted()
                .findFirst()
                .ifPresent(ground -> violations.add(ReliefViolation.of(
                        ReliefRule.GROUND_OF_ANOTHER_KIND,
                        ground.name(),
                        ground.kind().name(),
                        application.requested().kind().name())));
        violations.addAll(writing(application.statement(), application.evidenceFiles()));
        return List.copyOf(violations);
    }

    /** The rules on the written application and its proof (Art. 48 ¶1), whatever relief is asked. */
    public static List<ReliefViolation> writing(String statement, int evidenceFiles) {
        var violations = new ArrayList<ReliefViolation>();
        if (statement.isBlank() || statement.length() > STATEMENT_LIMIT) {
            violations.add(ReliefViolation.of(ReliefRule.STATEMENT_REQUIRED, String.valueOf(STATEMENT_LIMIT)));
        }
        if (evidenceFiles < 1) {
            violations.add(ReliefViolation.of(ReliefRule.EVIDENCE_REQUIRED));
        }
        return violations;
    }

    /**
     * The rules a grant breaks: the court may grant another form or percentage than asked, within the Measures.
     *
     * @param today the day of the decision
     */
    public static List<ReliefViolation> checkGrant(
            ReliefTerms granted, boolean naturalPerson, LocalDate noticeDeadline, LocalDate today) {
        var violations = new ArrayList<ReliefViolation>();
        var notBefore = noticeDeadline.isAfter(today) ? noticeDeadline : today;
        terms(granted, naturalPerson, notBefore, true, violations);
        return List.copyOf(violations);
    }

    /** The rules a refusal breaks: it gives its reasons in writing (Art. 48 ¶3). */
    public static List<ReliefViolation> checkRefusal(@Nullable String reasons) {
        return reasons == null || reasons.isBlank() || reasons.length() > STATEMENT_LIMIT
                ? List.of(ReliefViolation.of(ReliefRule.REASONS_REQUIRED, String.valueOf(STATEMENT_LIMIT)))
                : List.of();
    }

    private static void terms(
            ReliefTerms terms,
            boolean naturalPerson,
            LocalDate deferredAfter,
            boolean dateRequired,
            List<ReliefViolation> violations) {
        if (terms.kind() == ReliefKind.WAIVER && !naturalPerson) {
            violations.add(ReliefViolation.of(ReliefRule.WAIVER_ONLY_FOR_NATURAL_PERSONS));
        }
        var percent = terms.reductionPercent();
        if (terms.kind() == ReliefKind.REDUCTION) {
            if (percent == null) {
                violations.add(ReliefViolation.of(ReliefRule.REDUCTION_PERCENT_REQUIRED));
            } else if (percent < MINIMUM_REDUCTION) {
                violations.add(ReliefViolation.of(
                        ReliefRule.REDUCTION_BELOW_MINIMUM,
                        String.valueOf(percent),
                        String.valueOf(MINIMUM_REDUCTION)));
            } else if (percent >= 100) {
                violations.add(ReliefViolation.of(ReliefRule.REDUCTION_OF_EVERYTHING, String.valueOf(percent)));
            }
        } else if (percent != null) {
            violations.add(ReliefViolation.of(ReliefRule.PERCENT_WITHOUT_REDUCTION));
        }
        var until = terms.deferUntil();
        if (terms.kind() == ReliefKind.DEFERRAL) {
            if (until == null) {
                if (dateRequired) {
                    violations.add(ReliefViolation.of(ReliefRule.DEFERRAL_DATE_REQUIRED));
                }
            } else if (!until.isAfter(deferredAfter)) {
                violations.add(
                        ReliefViolation.of(ReliefRule.DEFERRAL_NOT_LATER, until.toString(), deferredAfter.toString()));
            }
        } else if (until != null) {
            violations.add(ReliefViolation.of(ReliefRule.DATE_WITHOUT_DEFERRAL));
        }
    }
}
