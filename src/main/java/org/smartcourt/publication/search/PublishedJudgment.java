package org.smartcourt.publication.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A published judgment as the public reads it: metadata and the anonymised text. */
public record PublishedJudgment(
        UUID id,
        String title,
        @Nullable String caseNumber,
        @Nullable String courtCode,
        String court,
        @Nullable String courtLevel,
        @Nullable String province,
        @Nullable LocalDate date,
        @Nullable Integer year,
        @Nullable String caseType,
        String documentType,
        String procedure,
        @Nullable String cause,
        String text,
        List<String> citedArticles,
        String profile,
        Instant publishedAt) {}
