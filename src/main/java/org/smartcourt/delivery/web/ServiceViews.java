package org.smartcourt.delivery.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.delivery.application.PartyReference;
import org.smartcourt.delivery.application.ShowServiceAddresses;
import org.smartcourt.delivery.domain.AddressConfirmation;
import org.smartcourt.delivery.domain.AutomaticTask;
import org.smartcourt.delivery.domain.Service;
import org.smartcourt.delivery.domain.ServiceRate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Services, addresses and the court's overview as the API and the pages show them, in the reader's language. */
@Component
class ServiceViews {

    record DocumentView(String hash, String title, String kind, String kindLabel) {}

    record RecipientView(String party, String name, String role, String roleLabel) {}

    record ChannelView(
            String channel,
            String channelLabel,
            String address,
            boolean addressConfirmed,
            String status,
            String statusLabel,
            @Nullable Instant at,
            @Nullable String failure) {}

    record InteractionView(
            String kind,
            String kindLabel,
            Instant at,
            @Nullable String channel) {}

    record PostalView(
            String status,
            String statusLabel,
            @Nullable String address,
            boolean addressConfirmed,
            @Nullable String trackingNumber,
            @Nullable LocalDate postedOn,
            @Nullable LocalDate receivedOn,
            boolean signedByAddressee,
            @Nullable LocalDate returnedOn,
            @Nullable String returnReason) {}

    record NoticeView(LocalDate issuedOn, String medium, String ground, boolean abroad, LocalDate deemedServedOn) {}

    record PeriodView(String kind, String label, int days, String article, LocalDate lastDay) {}

    record EffectView(
            Instant at,
            LocalDate on,
            String basis,
            String basisLabel,
            String channel,
            @Nullable PeriodView period) {}

    record Links(String page, String document, String certificate) {}

    /** One service with its whole trace. */
    record ServiceView(
            UUID id,
            UUID caseId,
            String caseNumber,
            String court,
            DocumentView document,
            RecipientView recipient,
            String consent,
            String status,
            String statusLabel,
            String requestedBy,
            Instant requestedAt,
            List<ChannelView> channels,
            List<InteractionView> interactions,
            @Nullable PostalView postal,
            @Nullable NoticeView publicNotice,
            @Nullable EffectView effect,
            Links links) {}

    record AddressView(
            UUID id,
            boolean electronicConsent,
            List<String> channels,
            @Nullable String email,
            @Nullable String mobile,
            @Nullable String postcode,
            String address,
            @Nullable String phone,
            boolean domicileAbroad,
            String method,
            String methodLabel,
            Instant confirmedAt) {}

    record PartyAddressView(
            String party,
            String name,
            String role,
            String roleLabel,
            boolean hasAccount,
            @Nullable AddressView current,
            List<AddressView> history) {}

    record AutomaticView(
            UUID caseId,
            String caseNumber,
            String item,
            String itemLabel,
            String status,
            String statusLabel,
            @Nullable String reason,
            int attempts,
            LocalDate dueOn) {}

    record RateView(
            long electronic,
            long effective,
            long pending,
            @Nullable String percent) {}

    record CaseView(UUID caseId, String caseNumber, String cause, Instant registeredAt) {}

    record Overview(
            String court,
            RateView rate,
            List<AutomaticView> automatic,
            List<ServiceView> attention,
            List<CaseView> latestCases) {}

    private final MessageSource messages;

    ServiceViews(MessageSource messages) {
        this.messages = messages;
    }

    ServiceView of(Service service, Locale locale) {
        var document = service.document();
        var recipient = service.recipient();
        var postal = service.postal();
        var notice = service.notice();
        var effect = service.effect();
        var period = effect == null ? null : effect.period();
        var base = "/services/" + service.id();
        return new ServiceView(
                service.id(),
                service.caseId(),
                service.caseNumber(),
                service.court().value(),
                new DocumentView(
                        document.hash().value(),
                        document.title(),
                        document.kind().name(),
                        text("delivery.kind." + document.kind(), locale)),
                new RecipientView(
                        PartyReference.of(service.caseId(), recipient.identification()),
                        recipient.name(),
                        recipient.role().name(),
                        text("delivery.role." + recipient.role(), locale)),
                service.consent().name(),
                service.status().name(),
                text("delivery.status." + service.status(), locale),
                service.requestedBy().equals("system") ? "system" : "staff",
                service.requestedAt(),
                service.channels().stream()
                        .map(record -> new ChannelView(
                                record.channel().name(),
                                text("delivery.channel." + record.channel(), locale),
                                record.address(),
                                record.addressConfirmed(),
                                record.status().name(),
                                text("delivery.dispatch." + record.status(), locale),
                                record.at(),
                                record.failure()))
                        .toList(),
                service.interactions().stream()
                        .map(interaction -> new InteractionView(
                                interaction.kind().name(),
                                text("delivery.interaction." + interaction.kind(), locale),
                                interaction.at(),
                                interaction.channel() == null
                                        ? null
                                        : interaction.channel().name()))
                        .toList(),
                postal == null
                        ? null
                        : new PostalView(
                                postal.status().name(),
                                text("delivery.postal.status." + postal.status(), locale),
                                postal.address() == null
                                        ? null
                                        : postal.address().oneLine(),
                                postal.addressConfirmed(),
                                postal.trackingNumber(),
                                postal.postedOn(),
                                postal.receivedOn(),
                                postal.signedByAddressee(),
                                postal.returnedOn(),
                                postal.returnReason() == null
                                        ? null
                                        : postal.returnReason().name()),
                notice == null
                        ? null
                        : new NoticeView(
                                notice.issuedOn(),
                                notice.medium(),
                                notice.ground().name(),
                                notice.abroad(),
                                notice.deemedServedOn()),
                effect == null
                        ? null
                        : new EffectView(
                                effect.at(),
                                effect.on(),
                                effect.basis().name(),
                                text("delivery.basis." + effect.basis(), locale),
                                effect.channel().name(),
                                period == null
                                        ? null
                                        : new PeriodView(
                                                period.kind().name(),
                                                text("delivery.period." + period.kind(), locale),
                                                period.days(),
                                                period.article(),
                                                period.lastDay())),
                new Links(base, base + "/document", base + "/certificate"));
    }

    PartyAddressView of(ShowServiceAddresses.PartyAddresses addresses, Locale locale) {
        var party = addresses.party();
        return new PartyAddressView(
                addresses.reference(),
                party.name(),
                party.role().name(),
                text("delivery.role." + party.role(), locale),
                party.account() != null,
                addresses.current().map(current -> of(current, locale)).orElse(null),
                addresses.history().stream().map(each -> of(each, locale)).toList());
    }

    AddressView of(AddressConfirmation confirmation, Locale locale) {
        var postal = confirmation.postal();
        return new AddressView(
                confirmation.id(),
                confirmation.electronicConsent(),
                confirmation.electronicChannels().stream()
                        .sorted()
                        .map(Enum::name)
                        .toList(),
                confirmation.email() == null ? null : confirmation.email().value(),
                confirmation.mobile() == null ? null : confirmation.mobile().value(),
                postal.postcode(),
                postal.address(),
                postal.phone(),
                confirmation.domicileAbroad(),
                confirmation.method().name(),
                text("delivery.method." + confirmation.method(), locale),
                confirmation.confirmedAt());
    }

    AutomaticView of(AutomaticTask task, Locale locale) {
        var reason = task.reasonCode() == null
                ? null
                : messages.getMessage(task.reasonCode(), task.reasonArguments().toArray(), task.reasonCode(), locale);
        return new AutomaticView(
                task.caseId(),
                task.caseNumber(),
                task.item().name(),
                text("delivery.kind." + task.item().kind(), locale),
                task.status().name(),
                text("delivery.automatic.status." + task.status(), locale),
                reason,
                task.attempts(),
                task.dueOn());
    }

    CaseView of(org.smartcourt.delivery.domain.CaseFacts facts) {
        return new CaseView(facts.caseId(), facts.caseNumber().toString(), facts.cause(), facts.registeredAt());
    }

    RateView of(ServiceRate rate) {
        return new RateView(
                rate.electronic(),
                rate.effective(),
                rate.pending(),
                rate.percent().map(percent -> percent.toPlainString()).orElse(null));
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
