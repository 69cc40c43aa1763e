package org.smartcourt.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcourt.docket.PartyRole;
import org.smartcourt.identity.MobileNumber;

/** Which channels a recipient is served by, with and without consent; one row per rule. */
class RoutePlannerTests {

    private static final PostalAddress HOME = new PostalAddress("250000", "济南市历下区泉城路1号", "13800000000");

    static Stream<Arguments> routes() {
        return Stream.of(
                row(
                        "民诉解释 Art. 136: consent with e-mail and SMS, the inbox always too; no post",
                        recipient("li-si"),
                        Optional.of(confirmation("li-si", true, Set.of(ServiceChannel.EMAIL, ServiceChannel.SMS))),
                        false,
                        null,
                        List.of(
                                planned(ServiceChannel.INBOX, "li-si", true),
                                planned(ServiceChannel.EMAIL, "li@example.cn", true),
                                planned(ServiceChannel.SMS, "13800000000", true)),
                        ConsentBasis.CONFIRMED,
                        false),
                row(
                        "民诉解释 Art. 136: consent entered from paper for a party without account: e-mail only",
                        recipient(null),
                        Optional.of(confirmation(null, true, Set.of(ServiceChannel.EMAIL))),
                        false,
                        null,
                        List.of(planned(ServiceChannel.EMAIL, "li@example.cn", true)),
                        ConsentBasis.CONFIRMED,
                        false),
                row(
                        "CPL Art. 90: no consent, a notice in the inbox (在线诉讼规则 Art. 32) and the post",
                        recipient("li-si"),
                        Optional.of(confirmation("li-si", false, Set.of())),
                        false,
                        "li@example.cn",
                        List.of(planned(ServiceChannel.INBOX, "li-si", false)),
                        ConsentBasis.NONE,
                        true),
                row(
                        "在线诉讼规则 Art. 29 ¶2(3): the plaintiff who filed online gave its account for service",
                        recipient("zhang-san"),
                        Optional.empty(),
                        true,
                        "zhang@example.cn",
                        List.of(planned(ServiceChannel.INBOX, "zhang-san", true)),
                        ConsentBasis.ONLINE_FILING,
                        false),
                row(
                        "在线诉讼规则 Art. 31 ¶2: no confirmation, the party's own inbox and e-mail, and the post",
                        recipient("li-si"),
                        Optional.empty(),
                        false,
                        "li@example.cn",
                        List.of(
                                planned(ServiceChannel.INBOX, "li-si", false),
                                planned(ServiceChannel.EMAIL, "li@example.cn", false)),
                        ConsentBasis.NONE,
                        true),
                row(
                        "法院专递规定 Art. 1: no account and no confirmation, only the post",
                        recipient(null),
                        Optional.empty(),
                        false,
                        null,
                        List.of(),
                        ConsentBasis.NONE,
                        true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void theRouteFollowsConsent(
            String rule,
            Recipient recipient,
            Optional<AddressConfirmation> confirmation,
            boolean onlineFiler,
            @Nullable String profileEmail,
            List<Route.PlannedChannel> channels,
            ConsentBasis consent,
            boolean postal) {
        var route = RoutePlanner.plan(
                recipient, confirmation, onlineFiler, profileEmail == null ? null : EmailAddress.parse(profileEmail));

        assertThat(route.channels()).as(rule).containsExactlyElementsOf(channels);
        assertThat(route.consent()).as(rule).isEqualTo(consent);
        assertThat(route.postal()).as(rule).isEqualTo(postal);
        if (confirmation.isPresent()) {
            assertThat(route.postalAddress()).isEqualTo(HOME);
            assertThat(route.confirmationId()).isEqualTo(confirmation.get().id());
        }
    }

    private static Arguments row(
            String rule,
            Recipient recipient,
            Optional<AddressConfirmation> confirmation,
            boolean onlineFiler,
            @Nullable String profileEmail,
            List<Route.PlannedChannel> channels,
            ConsentBasis consent,
            boolean postal) {
        return Arguments.of(rule, recipient, confirmation, onlineFiler, profileEmail, channels, consent, postal);
    }

    private static Recipient recipient(@Nullable String account) {
        return new Recipient("370102199001011234", "李四", PartyRole.DEFENDANT, account, false);
    }

    static AddressConfirmation confirmation(@Nullable String account, boolean consent, Set<ServiceChannel> channels) {
        return AddressConfirmation.of(
                "370102199001011234",
                account,
                "李四",
                consent,
                channels,
                EmailAddress.parse("li@example.cn"),
                new MobileNumber("13800000000"),
                HOME,
                false,
                account == null ? ConfirmationMethod.CLERK_FROM_PAPER : ConfirmationMethod.ONLINE_BY_PARTY,
                account == null ? "clerk" : account,
                null,
                Instant.parse("2026-11-29T02:00:00Z"));
    }

    private static Route.PlannedChannel planned(ServiceChannel channel, String address, boolean confirmed) {
        return new Route.PlannedChannel(channel, address, confirmed);
    }
}
