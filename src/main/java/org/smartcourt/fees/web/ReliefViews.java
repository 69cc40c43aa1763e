package org.smartcourt.fees.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.fees.domain.ReliefApplication;
import org.smartcourt.fees.domain.ReliefTerms;

/** The JSON shapes of the fee-relief endpoints. */
final class ReliefViews {

    private ReliefViews() {}

    record Terms(
            String kind,
            String label,
            @Nullable Integer reductionPercent,
            @Nullable LocalDate deferUntil) {

        static @Nullable Terms of(@Nullable ReliefTerms terms, ReliefTexts texts, Locale locale) {
            return terms == null
                    ? null
                    : new Terms(
                            terms.kind().name(),
                            texts.kind(terms.kind(), locale),
                            terms.reductionPercent(),
                            terms.deferUntil());
        }
    }

    record Ground(String code, String label, String legalBasis) {}

    record Evidence(String fileName, String mediaType, long size, String url) {}

    record Application(
            UUID id,
            UUID caseId,
            String caseNumber,
            String party,
            Terms requested,
            List<Ground> grounds,
            String statement,
            List<Evidence> evidence,
            String status,
            @Nullable Terms granted,
            @Nullable String reasons,
            @Nullable Instant decidedAt,
            Instant appliedAt) {

        static Application of(ReliefApplication application, ReliefTexts texts, Locale locale) {
            var base = "/api/v1/cases/" + application.caseId() + "/fee-relief/" + application.id() + "/evidence/";
            return new Application(
                    application.id(),
                    application.caseId(),
                    application.caseNumber(),
                    application.partyName(),
                    Terms.of(application.requested(), texts, locale),
                    application.grounds().stream()
                            .sorted(Comparator.naturalOrder())
                            .map(ground -> new Ground(
                                    ground.name(), texts.ground(ground, locale), ReliefTexts.basis(ground, locale)))
                            .toList(),
                    application.statement(),
                    application.evidence().stream()
                            .map(file ->
                                    new Evidence(file.fileName(), file.mediaType(), file.size(), base + file.hash()))
                            .toList(),
                    application.status().name(),
                    Terms.of(application.granted(), texts, locale),
                    application.reasons(),
                    application.decidedAt(),
                    application.appliedAt());
        }
    }
}
