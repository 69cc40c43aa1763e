package org.smartcourt.delivery.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.smartcourt.delivery.DocumentKind;

/**
 * When service takes legal effect. Every method that reached the addressee gives a candidate moment; the earliest
 * counts (在线诉讼规则 Art. 31 ¶4: with several electronic channels the first effective one; once served, a later
 * method changes nothing).
 */
public final class ServiceRules {

    /** A moment at which service would take effect, and why. */
    public record Candidate(Instant at, EffectBasis basis, ServiceChannel channel) {}

    private ServiceRules() {}

    /** The earliest moment, up to {@code now}, at which the trace makes service effective; empty if none does. */
    public static Optional<Candidate> earliestEffect(
            DocumentKind kind,
            List<ChannelRecord> channels,
            List<Interaction> interactions,
            @Nullable PostalService postal,
            @Nullable PublicNotice notice,
            Instant now,
            ZoneId zone) {
        var candidates = new ArrayList<Candidate>();
        // CPL Art. 100, 民诉解释 Art. 133: a mediation statement takes effect when the party signs for it in person;
        // its arrival somewhere, a presumed reading or a deemed service is not enough.
        var personalOnly = kind == DocumentKind.MEDIATION_STATEMENT;
        var defaultChannel =
                channels.isEmpty() ? ServiceChannel.INBOX : channels.get(0).channel();
        for (var record : channels) {
            // 在线诉讼规则 Art. 31 ¶1, CPL Art. 90 ¶2, 民诉解释 Art. 135: served when the message reaches the system of an
            // address the addressee provided or confirmed, as the court's system shows it sent.
            if (!personalOnly && record.addressConfirmed() && record.status() == DispatchStatus.ACCEPTED) {
                candidates.add(new Candidate(record.at(), EffectBasis.ARRIVED_AT_CONFIRMED_ADDRESS, record.channel()));
            }
        }
        for (var interaction : interactions) {
            var channel = interaction.channel() == null ? defaultChannel : interaction.channel();
            switch (interaction.kind()) {
                // 在线诉讼规则 Art. 31 ¶2(1): the addressee replied that they received it.
                case REPLIED -> candidates.add(new Candidate(interaction.at(), EffectBasis.REPLIED, channel));
                // 在线诉讼规则 Art. 31 ¶2(2): the system reports it read; presumed served (rebuttable).
                case OPENED -> {
                    if (!personalOnly) {
                        candidates.add(new Candidate(interaction.at(), EffectBasis.OPENED, channel));
                    }
                }
                case DOWNLOADED -> {
                    if (!personalOnly) {
                        candidates.add(new Candidate(interaction.at(), EffectBasis.DOWNLOADED, channel));
                    }
                }
            }
        }
        if (postal != null) {
            postalCandidate(postal, personalOnly, zone).ifPresent(candidates::add);
        }
        if (notice != null && !personalOnly) {
            // CPL Art. 95 (30 days) and Art. 283 ¶2 (60 days abroad): deemed served when the notice period has passed.
            candidates.add(new Candidate(
                    startOf(notice.deemedServedOn(), zone),
                    notice.abroad() ? EffectBasis.PUBLIC_NOTICE_ABROAD : EffectBasis.PUBLIC_NOTICE,
                    ServiceChannel.PUBLIC_NOTICE));
        }
        return candidates.stream()
                .filter(candidate -> !candidate.at().isAfter(now))
                .min(Comparator.comparing(Candidate::at));
    }

    private static Optional<Candidate> postalCandidate(PostalService postal, boolean personalOnly, ZoneId zone) {
        if (postal.status() == PostalStatus.RECEIVED && postal.receivedOn() != null) {
            // CPL Art. 91: the date of receipt on the return receipt; a mediation statement only if signed in person.
            if (!personalOnly || postal.signedByAddressee()) {
                return Optional.of(new Candidate(
                        startOf(postal.receivedOn(), zone), EffectBasis.POSTAL_RECEIPT, ServiceChannel.POSTAL));
            }
        }
        if (postal.status() == PostalStatus.RETURNED
                && postal.returnedOn() != null
                && postal.returnReason() != null
                && !personalOnly
                && postal.returnReason().isAddresseesDoing(postal.addressConfirmed())) {
            // 法院专递规定 Art. 11: returned through the addressee's own doing; the day of return is the day of service.
            return Optional.of(new Candidate(
                    startOf(postal.returnedOn(), zone), EffectBasis.POSTAL_RETURN, ServiceChannel.POSTAL));
        }
        return Optional.empty();
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
