package org.smartcourt.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.smartcourt.delivery.DocumentKind;
import org.smartcourt.docket.PartyRole;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.shared.CourtCalendar;
import org.smartcourt.shared.CourtCode;

class ServiceTests {

    private static final ZoneId COURT_TIME = ZoneId.of("Asia/Shanghai");
    private static final CourtCalendar CALENDAR = CourtCalendar.weekendsOnly();
    // Friday 4 December 2026, 10:00 in Jinan
    private static final Instant FRIDAY = Instant.parse("2026-12-04T02:00:00Z");

    private final AtomicInteger tokens = new AtomicInteger();

    private Service serve(DocumentKind kind, Optional<AddressConfirmation> confirmation, String account) {
        var recipient = new Recipient("370102199001011234", "李四", PartyRole.DEFENDANT, account, false);
        return Service.request(
                UUID.randomUUID(),
                "（2026）鲁0102民初1号",
                CourtCode.of("鲁0102"),
                new ServedDocument(DocumentHash.of(new byte[] {1}), "起诉状", kind),
                recipient,
                RoutePlanner.plan(recipient, confirmation, false, null),
                "clerk",
                FRIDAY.minusSeconds(60),
                () -> "token-" + tokens.incrementAndGet());
    }

    @Test
    void aComplaintCopyThatReachesAConsentedAddressIsServedThenAndStartsTheAnswerPeriod() {
        var service = serve(
                DocumentKind.COMPLAINT_COPY,
                Optional.of(RoutePlannerTests.confirmation("li-si", true, Set.of(ServiceChannel.EMAIL))),
                "li-si");

        service.dispatched(ServiceChannel.EMAIL, true, FRIDAY, "<m1@court>", null);
        var effect = service.settle(FRIDAY.plusSeconds(1), COURT_TIME, CALENDAR);

        assertThat(effect).hasValueSatisfying(reached -> {
            assertThat(reached.at()).isEqualTo(FRIDAY);
            assertThat(reached.basis()).isEqualTo(EffectBasis.ARRIVED_AT_CONFIRMED_ADDRESS);
            // CPL Art. 128: 15 days from Saturday 5 December end on Saturday 19th, moved to Monday 21st (Art. 85)
            assertThat(reached.period()).isNotNull();
            assertThat(reached.period().lastDay()).isEqualTo(LocalDate.of(2026, 12, 21));
        });
        assertThat(service.status()).isEqualTo(ServiceStatus.EFFECTIVE);
        assertThat(service.postal()).isNull();
    }

    @Test
    void withoutConsentTheClerkIsToPostUntilThePartyOpensTheDocumentOnline() {
        var service = serve(DocumentKind.SUMMONS, Optional.empty(), "li-si");
        service.dispatched(ServiceChannel.INBOX, true, FRIDAY, "inbox-1", null);

        assertThat(service.settle(FRIDAY, COURT_TIME, CALENDAR)).isEmpty();
        assertThat(service.status()).isEqualTo(ServiceStatus.TO_POST);

        service.interacted(new Interaction(InteractionKind.OPENED, FRIDAY.plusSeconds(600), null, "li-si"));
        var effect = service.settle(FRIDAY.plusSeconds(601), COURT_TIME, CALENDAR);

        assertThat(effect)
                .hasValueSatisfying(reached -> assertThat(reached.basis()).isEqualTo(EffectBasis.OPENED));
        assertThat(service.postal().status()).isEqualTo(PostalStatus.NOT_NEEDED);
    }

    @Test
    void whenEveryChannelRefusesTheServiceFallsBackToThePost() {
        var service = serve(
                DocumentKind.SUMMONS,
                Optional.of(RoutePlannerTests.confirmation("li-si", true, Set.of(ServiceChannel.EMAIL))),
                "li-si");

        service.dispatched(ServiceChannel.EMAIL, false, FRIDAY, null, "550 mailbox unavailable");
        service.dispatched(ServiceChannel.INBOX, false, FRIDAY, null, "no such account");

        assertThat(service.needsPostalFallback()).isTrue();
        assertThat(service.status()).isEqualTo(ServiceStatus.UNREACHABLE);
        service.openPostalTask(new PostalAddress("250000", "济南市历下区泉城路1号", null), true, FRIDAY);
        assertThat(service.status()).isEqualTo(ServiceStatus.TO_POST);
    }

    @Test
    void onceServedALaterStepChangesNothing() {
        var service = serve(DocumentKind.SUMMONS, Optional.empty(), "li-si");
        service.interacted(new Interaction(InteractionKind.DOWNLOADED, FRIDAY, null, "li-si"));
        var first = service.settle(FRIDAY, COURT_TIME, CALENDAR).orElseThrow();

        service.interacted(new Interaction(InteractionKind.REPLIED, FRIDAY.plusSeconds(5), null, "li-si"));

        assertThat(service.settle(FRIDAY.plusSeconds(10), COURT_TIME, CALENDAR)).isEmpty();
        assertThat(service.effect()).isEqualTo(first);
        assertThatThrownBy(() -> service.noticeIssued(new PublicNotice(
                        LocalDate.of(2026, 12, 5),
                        "公告栏",
                        NoticeGround.WHEREABOUTS_UNKNOWN,
                        false,
                        LocalDate.of(2027, 1, 4),
                        "clerk")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theFirstOpeningIsKeptOnceButEveryDownloadIsKept() {
        var service = serve(DocumentKind.SUMMONS, Optional.empty(), "li-si");

        assertThat(service.interacted(new Interaction(InteractionKind.OPENED, FRIDAY, null, "li-si")))
                .isTrue();
        assertThat(service.interacted(new Interaction(InteractionKind.OPENED, FRIDAY.plusSeconds(1), null, "li-si")))
                .isFalse();
        service.interacted(new Interaction(InteractionKind.DOWNLOADED, FRIDAY.plusSeconds(2), null, "li-si"));
        service.interacted(new Interaction(InteractionKind.DOWNLOADED, FRIDAY.plusSeconds(3), null, "li-si"));

        assertThat(service.interactions()).hasSize(3);
    }

    @Test
    void thePostalReceiptDateServesTheDocumentOnThatDay() {
        var service = serve(DocumentKind.JUDGMENT, Optional.empty(), "li-si");
        service.posted(new PostalAddress(null, "济南市历下区泉城路1号", null), "EMS1234567890", LocalDate.of(2026, 12, 4));
        service.postalReceived(LocalDate.of(2026, 12, 7), false);

        var effect = service.settle(FRIDAY.plusSeconds(7 * 86_400), COURT_TIME, CALENDAR);

        assertThat(effect).hasValueSatisfying(reached -> {
            assertThat(reached.on()).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThat(reached.basis()).isEqualTo(EffectBasis.POSTAL_RECEIPT);
            // CPL Art. 171 ¶1: 15 days from Tuesday 8 December end Tuesday 22nd
            assertThat(reached.period().lastDay()).isEqualTo(LocalDate.of(2026, 12, 22));
        });
    }

    @Test
    void aReturnedLetterAllowsAPublicNoticeOnTheGroundThatOtherMethodsFailed() {
        var service = serve(DocumentKind.COMPLAINT_COPY, Optional.empty(), "li-si");
        assertThat(service.otherMethodsFailed()).isFalse();
        service.posted(new PostalAddress(null, "济南市历下区泉城路1号", null), "EMS1234567890", LocalDate.of(2026, 12, 4));

        service.postalReturned(LocalDate.of(2026, 12, 9), ReturnReason.NOT_FOUND);

        assertThat(service.otherMethodsFailed()).isTrue();
        assertThat(service.settle(FRIDAY.plusSeconds(10 * 86_400), COURT_TIME, CALENDAR))
                .isEmpty();
        assertThat(service.status()).isEqualTo(ServiceStatus.UNREACHABLE);
    }

    @Test
    void theTraceGrowsWithEveryFact() {
        var service = serve(DocumentKind.SUMMONS, Optional.empty(), "li-si");
        var before = service.traceSize();

        service.dispatched(ServiceChannel.INBOX, true, FRIDAY, "inbox-1", null);
        service.interacted(new Interaction(InteractionKind.OPENED, FRIDAY, null, "li-si"));

        assertThat(service.traceSize()).isEqualTo(before + 2);
    }
}
