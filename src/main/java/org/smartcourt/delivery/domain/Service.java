package org.smartcourt.delivery.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.CourtCalendar;
import org.smartcourt.shared.CourtCode;

/**
 * The service of one document on one party of a case (送达): the record per channel, everything the recipient did, the
 * postal task and the public notice if it came to that, and the moment service took effect. Effect is final once
 * reached: later steps are kept in the trace but change nothing.
 */
public final class Service {

    private final UUID id;
    private final UUID caseId;
    private final String caseNumber;
    private final CourtCode court;
    private final ServedDocument document;
    private final Recipient recipient;
    private final ConsentBasis consent;
    private final @Nullable UUID confirmationId;
    private final String requestedBy;
    private final Instant requestedAt;
    private final List<ChannelRecord> channels;
    private final List<Interaction> interactions;
    private @Nullable PostalService postal;
    private @Nullable PublicNotice notice;
    private @Nullable Effect effect;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public Service(
            UUID id,
            UUID caseId,
            String caseNumber,
            CourtCode court,
            ServedDocument document,
            Recipient recipient,
            ConsentBasis consent,
            @Nullable UUID confirmationId,
            String requestedBy,
            Instant requestedAt,
            List<ChannelRecord> channels,
            List<Interaction> interactions,
            @Nullable PostalService postal,
            @Nullable PublicNotice notice,
            @Nullable Effect effect) {
        this.id = Objects.requireNonNull(id, "id");
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        this.court = Objects.requireNonNull(court, "court");
        this.document = Objects.requireNonNull(document, "document");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.consent = Objects.requireNonNull(consent, "consent");
        this.confirmationId = confirmationId;
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.channels = new ArrayList<>(channels);
        this.interactions = new ArrayList<>(interactions);
        this.postal = postal;
        this.notice = notice;
        this.effect = effect;
    }

    /** A new service along the route: a queued record per channel, and the postal task when the route needs one. */
    public static Service request(
            UUID caseId,
            String caseNumber,
            CourtCode court,
            ServedDocument document,
            Recipient recipient,
            Route route,
            String requestedBy,
            Instant now,
            Supplier<String> tokens) {
        var records = route.channels().stream()
                .map(planned ->
                        ChannelRecord.queued(planned.channel(), planned.address(), planned.confirmed(), tokens.get()))
                .toList();
        var abroad = route.domicileAbroad() || recipient.domicileAbroad();
        var withAbroad = new Recipient(
                recipient.identification(), recipient.name(), recipient.role(), recipient.account(), abroad);
        var postal = route.postal() || records.isEmpty()
                ? PostalService.task(route.postalAddress(), route.postalAddress() != null, now)
                : null;
        return new Service(
                UUID.randomUUID(),
                caseId,
                caseNumber,
                court,
                document,
                withAbroad,
                route.consent(),
                route.confirmationId(),
                requestedBy,
                now,
                records,
                List.of(),
                postal,
                null,
                null);
    }

    /** Records what a channel answered. A channel answers once; a repeated answer changes nothing. */
    public void dispatched(
            ServiceChannel channel,
            boolean accepted,
            Instant at,
            @Nullable String reference,
            @Nullable String failure) {
        for (var i = 0; i < channels.size(); i++) {
            var record = channels.get(i);
            if (record.channel() == channel && record.status() == DispatchStatus.QUEUED) {
                channels.set(
                        i,
                        accepted
                                ? record.accepted(at, reference)
                                : record.refused(at, failure == null ? "refused" : failure));
            }
        }
    }

    /**
     * Records that the recipient opened, downloaded or confirmed the document. The first opening through each way in
     * is kept, every download, and the first confirmation.
     */
    public boolean interacted(Interaction interaction) {
        var repeated = interactions.stream()
                .anyMatch(earlier -> earlier.kind() == interaction.kind()
                        && (interaction.kind() == InteractionKind.REPLIED
                                || (interaction.kind() == InteractionKind.OPENED
                                        && Objects.equals(earlier.channel(), interaction.channel())
                                        && earlier.actor().equals(interaction.actor()))));
        if (repeated) {
            return false;
        }
        interactions.add(interaction);
        return true;
    }

    /** Whether the service needs the post because no electronic channel can carry it. */
    public boolean needsPostalFallback() {
        return effect == null
                && postal == null
                && notice == null
                && channels.stream().allMatch(record -> record.status() == DispatchStatus.REFUSED);
    }

    /** Opens the postal task (法院专递) to the given address, if known. */
    public void openPostalTask(@Nullable PostalAddress address, boolean confirmed, Instant now) {
        if (postal == null) {
            postal = PostalService.task(address, confirmed, now);
        }
    }

    /** The clerk posted the document under this tracking number. */
    public void posted(PostalAddress address, String trackingNumber, LocalDate on) {
        requirePostal(PostalStatus.TO_POST, PostalStatus.POSTED);
        var current = Objects.requireNonNull(postal);
        var confirmed = current.addressConfirmed() && address.equals(current.address());
        postal = current.posted(address, confirmed, trackingNumber.strip(), on);
    }

    /** The return receipt came back signed on that day. */
    public void postalReceived(LocalDate on, boolean signedByAddressee) {
        requirePostal(PostalStatus.POSTED);
        postal = Objects.requireNonNull(postal).received(on, signedByAddressee);
    }

    /** The letter came back undelivered on that day. */
    public void postalReturned(LocalDate on, ReturnReason reason) {
        requirePostal(PostalStatus.POSTED);
        postal = Objects.requireNonNull(postal).returned(on, reason);
    }

    /** Whether the other methods failed, which CPL Art. 95 asks before a public notice on that ground. */
    public boolean otherMethodsFailed() {
        return postal != null && postal.status() == PostalStatus.RETURNED;
    }

    public void noticeIssued(PublicNotice issued) {
        if (effect != null) {
            throw new IllegalStateException("Service already took effect");
        }
        if (notice != null) {
            throw new IllegalStateException("A public notice was already issued");
        }
        notice = issued;
    }

    /**
     * Takes effect at the earliest moment the rules allow, if it has not yet; then the period it starts is set and an
     * unposted letter is no longer needed.
     *
     * @return the effect, when it was reached just now
     */
    public Optional<Effect> settle(Instant now, ZoneId zone, CourtCalendar calendar) {
        if (effect != null) {
            return Optional.empty();
        }
        var candidate = ServiceRules.earliestEffect(document.kind(), channels, interactions, postal, notice, now, zone);
        if (candidate.isEmpty()) {
            return Optional.empty();
        }
        var at = candidate.get().at();
        var on = LocalDate.ofInstant(at, zone);
        var period = PeriodRules.startedBy(document.kind(), recipient.domicileAbroad())
                .map(rule -> PeriodRules.period(rule, on, calendar))
                .orElse(null);
        effect = new Effect(at, on, candidate.get().basis(), candidate.get().channel(), period);
        if (postal != null && postal.status() == PostalStatus.TO_POST) {
            postal = postal.notNeeded();
        }
        return Optional.of(effect);
    }

    public ServiceStatus status() {
        if (effect != null) {
            return ServiceStatus.EFFECTIVE;
        }
        if (notice != null) {
            return ServiceStatus.PUBLIC_NOTICE;
        }
        if (postal != null) {
            switch (postal.status()) {
                case TO_POST -> {
                    return ServiceStatus.TO_POST;
                }
                case POSTED -> {
                    return ServiceStatus.POSTED;
                }
                case RETURNED, RECEIVED -> {
                    return ServiceStatus.UNREACHABLE;
                }
                case NOT_NEEDED -> {
                    // falls through to the channels
                }
            }
        }
        if (channels.stream().anyMatch(record -> record.status() == DispatchStatus.QUEUED)) {
            return ServiceStatus.SENDING;
        }
        if (channels.stream().anyMatch(record -> record.status() == DispatchStatus.ACCEPTED)) {
            return ServiceStatus.AWAITING_RECIPIENT;
        }
        return ServiceStatus.UNREACHABLE;
    }

    /** The channel whose link carries this token, if any. */
    public Optional<ChannelRecord> channelWithToken(String token) {
        return channels.stream()
                .filter(record -> java.security.MessageDigest.isEqual(
                        record.accessToken().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        token.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .findFirst();
    }

    /** Whether this username is the recipient's account. */
    public boolean isAddressedTo(String username) {
        return username.equals(recipient.account());
    }

    /** How many facts the trace holds; a certificate issued for one count is reissued when facts are added. */
    public int traceSize() {
        var dispatched = (int) channels.stream()
                .filter(record -> record.status() != DispatchStatus.QUEUED)
                .count();
        var postalFacts = postal == null ? 0 : postal.status().ordinal() + 1;
        return dispatched + interactions.size() + postalFacts + (notice == null ? 0 : 1) + (effect == null ? 0 : 1);
    }

    private void requirePostal(PostalStatus... allowed) {
        if (postal == null || !java.util.Arrays.asList(allowed).contains(postal.status())) {
            throw new IllegalStateException("The postal task is not in a state for this step");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public CourtCode court() {
        return court;
    }

    public ServedDocument document() {
        return document;
    }

    public Recipient recipient() {
        return recipient;
    }

    public ConsentBasis consent() {
        return consent;
    }

    public @Nullable UUID confirmationId() {
        return confirmationId;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public List<ChannelRecord> channels() {
        return List.copyOf(channels);
    }

    public List<Interaction> interactions() {
        return List.copyOf(interactions);
    }

    public @Nullable PostalService postal() {
        return postal;
    }

    public @Nullable PublicNotice notice() {
        return notice;
    }

    public @Nullable Effect effect() {
        return effect;
    }
}
