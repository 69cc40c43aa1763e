package org.smartcourt.judgments.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.docket.CaseId;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.judgments.AppealPeriod;
import org.smartcourt.judgments.DecisionKind;
import org.smartcourt.shared.CourtCalendar;
import org.smartcourt.shared.CourtCode;

/**
 * A decision of a case and its legal effect. Issued decisions wait for their appeal period; a clerk records the
 * effect of decisions made outside the platform; an appeal keeps a decision from taking effect until the second
 * instance concludes it.
 */
public final class CourtDecision {

    private final UUID id;
    private final CaseId caseId;
    private final CourtCode court;
    private final DecisionKind kind;
    private final String title;
    private final DocumentHash document;
    private final LocalDate decidedOn;
    private final @Nullable LocalDate servedOn;
    private final AppealPeriod appealPeriod;
    private DecisionStatus status;
    private @Nullable LocalDate effectiveOn;
    private @Nullable CaseId appealCase;
    private final String recordedBy;
    private final Instant recordedAt;

    /** Restores a decision as stored. */
    public CourtDecision(
            UUID id,
            CaseId caseId,
            CourtCode court,
            DecisionKind kind,
            String title,
            DocumentHash document,
            LocalDate decidedOn,
            @Nullable LocalDate servedOn,
            AppealPeriod appealPeriod,
            DecisionStatus status,
            @Nullable LocalDate effectiveOn,
            @Nullable CaseId appealCase,
            String recordedBy,
            Instant recordedAt) {
        this.id = Objects.requireNonNull(id);
        this.caseId = Objects.requireNonNull(caseId);
        this.court = Objects.requireNonNull(court);
        this.kind = Objects.requireNonNull(kind);
        this.title = Objects.requireNonNull(title);
        this.document = Objects.requireNonNull(document);
        this.decidedOn = Objects.requireNonNull(decidedOn);
        this.servedOn = servedOn;
        this.appealPeriod = Objects.requireNonNull(appealPeriod);
        this.status = Objects.requireNonNull(status);
        this.effectiveOn = effectiveOn;
        this.appealCase = appealCase;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
        if ((status == DecisionStatus.EFFECTIVE || status == DecisionStatus.CONCLUDED_ON_APPEAL)
                && effectiveOn == null) {
            throw new IllegalArgumentException("A decision in effect has the day it took effect");
        }
    }

    /** A decision issued and served by the platform: its appeal period runs from the day after service. */
    public static CourtDecision issued(
            UUID id,
            CaseId caseId,
            CourtCode court,
            DecisionKind kind,
            String title,
            DocumentHash document,
            LocalDate decidedOn,
            LocalDate servedOn,
            AppealPeriod appealPeriod,
            String recordedBy,
            Instant at) {
        if (servedOn.isBefore(decidedOn)) {
            throw new IllegalArgumentException("A decision is served on or after the day it was made");
        }
        return new CourtDecision(
                id,
                caseId,
                court,
                kind,
                title,
                document,
                decidedOn,
                servedOn,
                appealPeriod,
                DecisionStatus.AWAITING_EFFECT,
                null,
                null,
                recordedBy,
                at);
    }

    /** A decision a clerk records as in effect since {@code effectiveOn} (made outside the platform). */
    public static CourtDecision effective(
            UUID id,
            CaseId caseId,
            CourtCode court,
            DecisionKind kind,
            String title,
            DocumentHash document,
            LocalDate decidedOn,
            LocalDate effectiveOn,
            LocalDate today,
            String recordedBy,
            Instant at) {
        checkEffectiveOn(decidedOn, effectiveOn, today);
        return new CourtDecision(
                id,
                caseId,
                court,
                kind,
                title,
                document,
                decidedOn,
                null,
                AppealPeriod.NONE,
                DecisionStatus.EFFECTIVE,
                effectiveOn,
                null,
                recordedBy,
                at);
    }

    /** A first-instance decision a clerk records as appealed: the second instance will conclude it. */
    public static CourtDecision appealed(
            UUID id,
            CaseId caseId,
            CourtCode court,
            DecisionKind kind,
            String title,
            DocumentHash document,
            LocalDate decidedOn,
            @Nullable CaseId appealCase,
            LocalDate today,
            String recordedBy,
            Instant at) {
        if (decidedOn.isAfter(today)) {
            throw new IllegalArgumentException("A decision is recorded once it is made");
        }
        return new CourtDecision(
                id,
                caseId,
                court,
                kind,
                title,
                document,
                decidedOn,
                null,
                AppealPeriod.NONE,
                DecisionStatus.APPEALED,
                null,
                appealCase,
                recordedBy,
                at);
    }

    private static void checkEffectiveOn(LocalDate decidedOn, LocalDate effectiveOn, LocalDate today) {
        if (effectiveOn.isBefore(decidedOn)) {
            throw new IllegalArgumentException("A decision takes effect on or after the day it was made");
        }
        if (effectiveOn.isAfter(today)) {
            throw new IllegalArgumentException("Only a decision already in effect is recorded as effective");
        }
    }

    /**
     * The last day of the appeal period: CPL Art. 171 counts it from service, Art. 85 from the next day, moved to
     * the next working day when it ends on a holiday. Empty for a decision not served here or not appealable.
     */
    public Optional<LocalDate> appealPeriodEndsOn(CourtCalendar calendar) {
        if (servedOn == null || !appealPeriod.appealable()) {
            return Optional.empty();
        }
        return Optional.of(calendar.lastDayOf(servedOn, appealPeriod.days()));
    }

    /**
     * The day the decision takes effect if nobody appeals: CPL Art. 158, a decision not appealed within the period
     * is in effect — from the day after its last day; a decision that cannot be appealed, on service (Art. 182).
     */
    public Optional<LocalDate> effectiveUnlessAppealed(CourtCalendar calendar) {
        if (servedOn == null) {
            return Optional.empty();
        }
        return Optional.of(
                appealPeriodEndsOn(calendar).map(last -> last.plusDays(1)).orElse(servedOn));
    }

    /**
     * Settles an issued decision whose appeal period is over by {@code today}: it takes effect, or, when the case was
     * appealed meanwhile, waits for the second instance. Returns whether anything changed.
     */
    public boolean settle(CourtCalendar calendar, LocalDate today, @Nullable CaseId appeal) {
        if (status != DecisionStatus.AWAITING_EFFECT) {
            return false;
        }
        var effect = effectiveUnlessAppealed(calendar);
        if (effect.isEmpty() || effect.get().isAfter(today)) {
            return false;
        }
        if (appeal != null) {
            status = DecisionStatus.APPEALED;
            appealCase = appeal;
        } else {
            status = DecisionStatus.EFFECTIVE;
            effectiveOn = effect.get();
        }
        return true;
    }

    /** A clerk confirms that an issued decision took effect on {@code on} (e.g. every party waived the appeal). */
    public void confirmEffective(LocalDate on, LocalDate today) {
        if (status != DecisionStatus.AWAITING_EFFECT) {
            throw new IllegalStateException("Only a decision awaiting effect can be confirmed, not one " + status);
        }
        checkEffectiveOn(decidedOn, on, today);
        status = DecisionStatus.EFFECTIVE;
        effectiveOn = on;
    }

    /** A clerk records that an issued decision was appealed. */
    public void markAppealed(@Nullable CaseId appeal) {
        if (status != DecisionStatus.AWAITING_EFFECT) {
            throw new IllegalStateException("Only a decision awaiting effect can be appealed, not one " + status);
        }
        status = DecisionStatus.APPEALED;
        appealCase = appeal;
    }

    /**
     * The second instance's decision took effect on {@code secondInstanceEffectiveOn} and concludes this appealed (or
     * still awaiting) first-instance decision (CPL Art. 182; 法释〔2016〕19号 Art. 7). Returns whether it changed.
     */
    public boolean concludeOnAppeal(CaseId appeal, LocalDate secondInstanceEffectiveOn) {
        if (status != DecisionStatus.APPEALED && status != DecisionStatus.AWAITING_EFFECT) {
            return false;
        }
        status = DecisionStatus.CONCLUDED_ON_APPEAL;
        appealCase = appeal;
        effectiveOn = secondInstanceEffectiveOn;
        return true;
    }

    public UUID id() {
        return id;
    }

    public CaseId caseId() {
        return caseId;
    }

    public CourtCode court() {
        return court;
    }

    public DecisionKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public DocumentHash document() {
        return document;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public @Nullable LocalDate servedOn() {
        return servedOn;
    }

    public AppealPeriod appealPeriod() {
        return appealPeriod;
    }

    public DecisionStatus status() {
        return status;
    }

    public @Nullable LocalDate effectiveOn() {
        return effectiveOn;
    }

    public @Nullable CaseId appealCase() {
        return appealCase;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
