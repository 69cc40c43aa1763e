package org.smartcourt.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcourt.delivery.DocumentKind;

/** When service takes effect: one row per rule, each naming the article it applies. */
class ServiceRulesTests {

    private static final ZoneId COURT_TIME = ZoneId.of("Asia/Shanghai");
    private static final Instant T1 = Instant.parse("2026-11-30T02:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-30T03:00:00Z");
    private static final Instant T3 = Instant.parse("2026-11-30T04:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-31T00:00:00Z");

    record Trace(
            DocumentKind kind,
            List<ChannelRecord> channels,
            List<Interaction> interactions,
            @Nullable PostalService postal,
            @Nullable PublicNotice notice) {

        static Trace of(DocumentKind kind, ChannelRecord... channels) {
            return new Trace(kind, List.of(channels), List.of(), null, null);
        }

        Trace with(Interaction... more) {
            return new Trace(kind, channels, List.of(more), postal, notice);
        }

        Trace with(PostalService post) {
            return new Trace(kind, channels, interactions, post, notice);
        }

        Trace with(PublicNotice publicNotice) {
            return new Trace(kind, channels, interactions, postal, publicNotice);
        }
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                row(
                        "在线诉讼规则 Art. 31 ¶1, CPL Art. 90 ¶2: consented e-mail address, served when the mail arrives",
                        Trace.of(DocumentKind.SUMMONS, accepted(ServiceChannel.EMAIL, true, T2)),
                        effect(T2, EffectBasis.ARRIVED_AT_CONFIRMED_ADDRESS, ServiceChannel.EMAIL)),
                row(
                        "民诉解释 Art. 135: a message not yet sent has not arrived",
                        Trace.of(DocumentKind.SUMMONS, queued(ServiceChannel.EMAIL, true)),
                        none()),
                row(
                        "在线诉讼规则 Art. 31 ¶2: no consent, the inbox message arrived but was not opened: not served",
                        Trace.of(DocumentKind.SUMMONS, accepted(ServiceChannel.INBOX, false, T1)),
                        none()),
                row(
                        "在线诉讼规则 Art. 31 ¶2(2): no consent, served when the system reports it read",
                        Trace.of(DocumentKind.SUMMONS, accepted(ServiceChannel.INBOX, false, T1))
                                .with(new Interaction(InteractionKind.OPENED, T2, null, "party")),
                        effect(T2, EffectBasis.OPENED, ServiceChannel.INBOX)),
                row(
                        "在线诉讼规则 Art. 31 ¶2(2): no consent, served when the party downloads it from the e-mail link",
                        Trace.of(
                                        DocumentKind.SUMMONS,
                                        accepted(ServiceChannel.INBOX, false, T1),
                                        accepted(ServiceChannel.EMAIL, false, T1))
                                .with(new Interaction(
                                        InteractionKind.DOWNLOADED, T3, ServiceChannel.EMAIL, "link:EMAIL")),
                        effect(T3, EffectBasis.DOWNLOADED, ServiceChannel.EMAIL)),
                row(
                        "在线诉讼规则 Art. 31 ¶2(1): no consent, served when the party replies that it received it",
                        Trace.of(DocumentKind.SUMMONS, accepted(ServiceChannel.INBOX, false, T1))
                                .with(new Interaction(InteractionKind.REPLIED, T2, null, "party")),
                        effect(T2, EffectBasis.REPLIED, ServiceChannel.INBOX)),
                row(
                        "在线诉讼规则 Art. 31 ¶4: several consented channels, the earliest arrival counts",
                        Trace.of(
                                DocumentKind.SUMMONS,
                                accepted(ServiceChannel.EMAIL, true, T2),
                                accepted(ServiceChannel.SMS, true, T1)),
                        effect(T1, EffectBasis.ARRIVED_AT_CONFIRMED_ADDRESS, ServiceChannel.SMS)),
                row(
                        "在线诉讼规则 Art. 31 ¶4: a refused consented channel gives way to the next that works",
                        Trace.of(
                                DocumentKind.SUMMONS,
                                refused(ServiceChannel.EMAIL, T1),
                                accepted(ServiceChannel.INBOX, true, T2)),
                        effect(T2, EffectBasis.ARRIVED_AT_CONFIRMED_ADDRESS, ServiceChannel.INBOX)),
                row(
                        "在线诉讼规则 Art. 31 ¶4: an opening before the arrival at a consented address counts first",
                        Trace.of(
                                        DocumentKind.SUMMONS,
                                        accepted(ServiceChannel.INBOX, false, T1),
                                        accepted(ServiceChannel.EMAIL, true, T3))
                                .with(new Interaction(InteractionKind.OPENED, T2, null, "party")),
                        effect(T2, EffectBasis.OPENED, ServiceChannel.INBOX)),
                row(
                        "CPL Art. 100, 民诉解释 Art. 133: a mediation statement is not served by arriving",
                        Trace.of(DocumentKind.MEDIATION_STATEMENT, accepted(ServiceChannel.EMAIL, true, T1)),
                        none()),
                row(
                        "CPL Art. 100: a mediation statement is not served by being opened or downloaded",
                        Trace.of(DocumentKind.MEDIATION_STATEMENT, accepted(ServiceChannel.INBOX, true, T1))
                                .with(
                                        new Interaction(InteractionKind.OPENED, T2, null, "party"),
                                        new Interaction(InteractionKind.DOWNLOADED, T2, null, "party")),
                        none()),
                row(
                        "CPL Art. 100, 在线诉讼规则 Art. 33: a mediation statement is served when the party signs for it",
                        Trace.of(DocumentKind.MEDIATION_STATEMENT, accepted(ServiceChannel.INBOX, true, T1))
                                .with(new Interaction(InteractionKind.REPLIED, T3, null, "party")),
                        effect(T3, EffectBasis.REPLIED, ServiceChannel.INBOX)),
                row(
                        "CPL Art. 91: by post, served on the date of receipt on the return receipt",
                        Trace.of(DocumentKind.SUMMONS).with(posted().received(day(2026, 12, 3), false)),
                        effect(start(day(2026, 12, 3)), EffectBasis.POSTAL_RECEIPT, ServiceChannel.POSTAL)),
                row(
                        "民诉解释 Art. 133: a mediation statement received by a family member is not served",
                        Trace.of(DocumentKind.MEDIATION_STATEMENT).with(posted().received(day(2026, 12, 3), false)),
                        none()),
                row(
                        "民诉解释 Art. 133: a mediation statement signed for in person by post is served",
                        Trace.of(DocumentKind.MEDIATION_STATEMENT).with(posted().received(day(2026, 12, 3), true)),
                        effect(start(day(2026, 12, 3)), EffectBasis.POSTAL_RECEIPT, ServiceChannel.POSTAL)),
                row(
                        "法院专递规定 Art. 11: refused at the door, the day of return is the day of service",
                        Trace.of(DocumentKind.SUMMONS).with(posted().returned(day(2026, 12, 8), ReturnReason.REFUSED)),
                        effect(start(day(2026, 12, 8)), EffectBasis.POSTAL_RETURN, ServiceChannel.POSTAL)),
                row(
                        "法院专递规定 Art. 11: an inaccurate address the party confirmed, served on the day of return",
                        Trace.of(DocumentKind.SUMMONS)
                                .with(posted(true).returned(day(2026, 12, 8), ReturnReason.ADDRESS_INACCURATE)),
                        effect(start(day(2026, 12, 8)), EffectBasis.POSTAL_RETURN, ServiceChannel.POSTAL)),
                row(
                        "法院专递规定 Art. 11 ¶2: an address the party never confirmed was wrong: not served",
                        Trace.of(DocumentKind.SUMMONS)
                                .with(posted(false).returned(day(2026, 12, 8), ReturnReason.ADDRESS_INACCURATE)),
                        none()),
                row(
                        "CPL Art. 95: public notice, deemed served when 30 days have passed",
                        Trace.of(DocumentKind.COMPLAINT_COPY).with(notice(day(2026, 11, 2), false)),
                        effect(start(day(2026, 12, 2)), EffectBasis.PUBLIC_NOTICE, ServiceChannel.PUBLIC_NOTICE)),
                row(
                        "CPL Art. 95: the notice period has not passed yet: not served",
                        Trace.of(DocumentKind.COMPLAINT_COPY).with(notice(day(2026, 12, 20), false)),
                        none()),
                row(
                        "CPL Art. 283 ¶2: public notice abroad, deemed served when 60 days have passed",
                        Trace.of(DocumentKind.COMPLAINT_COPY).with(notice(day(2026, 10, 15), true)),
                        effect(
                                start(day(2026, 12, 14)),
                                EffectBasis.PUBLIC_NOTICE_ABROAD,
                                ServiceChannel.PUBLIC_NOTICE)),
                row(
                        "在线诉讼规则 Art. 31 ¶4: read online before the notice period ended, served when read",
                        Trace.of(DocumentKind.COMPLAINT_COPY, accepted(ServiceChannel.INBOX, false, T1))
                                .with(new Interaction(InteractionKind.OPENED, T2, null, "party"))
                                .with(notice(day(2026, 11, 2), false)),
                        effect(T2, EffectBasis.OPENED, ServiceChannel.INBOX)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void serviceTakesEffectAsTheRuleSays(String rule, Trace trace, Optional<ServiceRules.Candidate> expected) {
        var effect = ServiceRules.earliestEffect(
                trace.kind(), trace.channels(), trace.interactions(), trace.postal(), trace.notice(), NOW, COURT_TIME);

        assertThat(effect).as(rule).isEqualTo(expected);
    }

    private static Arguments row(String rule, Trace trace, Optional<ServiceRules.Candidate> expected) {
        return Arguments.of(rule, trace, expected);
    }

    private static Optional<ServiceRules.Candidate> effect(Instant at, EffectBasis basis, ServiceChannel channel) {
        return Optional.of(new ServiceRules.Candidate(at, basis, channel));
    }

    private static Optional<ServiceRules.Candidate> none() {
        return Optional.empty();
    }

    static ChannelRecord queued(ServiceChannel channel, boolean confirmed) {
        return ChannelRecord.queued(channel, "address-" + channel, confirmed, "token-" + channel);
    }

    static ChannelRecord accepted(ServiceChannel channel, boolean confirmed, Instant at) {
        return queued(channel, confirmed).accepted(at, "ref-" + channel);
    }

    static ChannelRecord refused(ServiceChannel channel, Instant at) {
        return queued(channel, true).refused(at, "mailbox full");
    }

    private static PostalService posted() {
        return posted(true);
    }

    private static PostalService posted(boolean confirmed) {
        var address = new PostalAddress("250000", "济南市历下区泉城路1号", null);
        return PostalService.task(address, confirmed, T1).posted(address, confirmed, "EMS1234567890", day(2026, 12, 1));
    }

    private static PublicNotice notice(LocalDate issuedOn, boolean abroad) {
        return new PublicNotice(
                issuedOn,
                "人民法院公告网",
                NoticeGround.WHEREABOUTS_UNKNOWN,
                abroad,
                PublicNoticePolicy.deemedServedOn(issuedOn, abroad),
                "clerk");
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(COURT_TIME).toInstant();
    }
}
