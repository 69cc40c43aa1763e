package org.smartcourt.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartcourt.identity.MobileNumber;
import org.smartcourt.identity.ResidentIdNumber;
import org.smartcourt.identity.Role;
import org.smartcourt.identity.Username;
import org.smartcourt.identity.domain.Account;
import org.smartcourt.identity.domain.AccountHolder;
import org.smartcourt.identity.domain.Base32;
import org.smartcourt.identity.domain.LoginThrottle;
import org.smartcourt.identity.domain.RoleGrant;
import org.smartcourt.identity.domain.Totp;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.shared.Language;
import org.springframework.security.crypto.password.PasswordEncoder;

class LogInTests {

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-29T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }
    }

    record Event(String actor, String action, SecurityEvents.Outcome outcome, Map<String, String> details) {}

    /** Compares passwords in plain text: hashing is not what these tests are about. */
    static final class PlainPasswords implements PasswordEncoder {
        int checks;

        @Override
        public String encode(CharSequence raw) {
            return "plain:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks++;
            return encoded.equals("plain:" + raw);
        }
    }

    private static final String SECRET = "DEMOCLERKLUZEROONETWOJINANCOURTA";

    private final MovableClock clock = new MovableClock();
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final PlainPasswords passwords = new PlainPasswords();
    private final List<Event> events = new ArrayList<>();
    private final TotpSecrets totpSecrets = new TotpSecrets(new IdentityKeys(new byte[32]));
    private final LogIn logIn = new LogIn(
            accounts,
            passwords,
            new LoginThrottle(3, Duration.ofSeconds(60), 10, Duration.ofMinutes(30)),
            totpSecrets,
            (actor, action, subject, outcome, details) -> events.add(new Event(actor, action, outcome, details)),
            clock,
            new UnknownAccountAttempts());
    private final LogIn.Origin web = new LogIn.Origin(Channel.WEB, "127.0.0.1");

    private void account(String username, RoleGrant grant) {
        var account = Account.open(
                Username.parse(username),
                passwords.encode("the-right-password"),
                new AccountHolder.NaturalPerson(
                        "张三", new ResidentIdNumber("370102199003071238"), new MobileNumber("13800000001"), null),
                Language.DEFAULT,
                clock.instant());
        account.grant(grant);
        if (account.requiresSecondFactor()) {
            account.setUpSecondFactor(totpSecrets.seal(SECRET));
        }
        accounts.save(account);
    }

    private LogIn.Outcome signIn(String username, String password, String totp) {
        return logIn.signIn(new LogIn.Credentials(username, password, totp), web, false);
    }

    private void failTimes(String username, int times) {
        for (var i = 0; i < times; i++) {
            assertThatThrownBy(() -> signIn(username, "wrong-password", null)).isInstanceOf(IdentityProblem.class);
            clock.advance(Duration.ofMinutes(2));
        }
    }

    @Test
    void aLitigantSignsInWithTheirPasswordAndTheSuccessIsAudited() {
        account("zhang.san", RoleGrant.platformWide(Role.LITIGANT));

        var outcome = signIn("Zhang.San", "the-right-password", null);

        assertThat(outcome).isInstanceOf(LogIn.Complete.class);
        assertThat(events)
                .extracting(Event::action, Event::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("identity.login", SecurityEvents.Outcome.SUCCESS));
        assertThat(events.get(0).details()).containsEntry("channel", "web").doesNotContainValue("the-right-password");
    }

    @Test
    void tenConsecutiveFailuresLockTheAccountForHalfAnHourEvenWithTheRightPassword() {
        account("li.si", RoleGrant.platformWide(Role.LITIGANT));
        failTimes("li.si", 9);

        assertThatThrownBy(() -> signIn("li.si", "wrong-password", null))
                .isInstanceOf(IdentityProblem.AccountLocked.class);
        clock.advance(Duration.ofMinutes(29));
        assertThatThrownBy(() -> signIn("li.si", "the-right-password", null))
                .isInstanceOf(IdentityProblem.AccountLocked.class);

        assertThat(events)
                .filteredOn(event -> event.action().equals("identity.lockout"))
                .hasSize(1);
        clock.advance(Duration.ofMinutes(2));
        assertThat(signIn("li.si", "the-right-password", null)).isInstanceOf(LogIn.Complete.class);
    }

    @Test
    void aSuccessResetsTheFailureCount() {
        account("wang.wu", RoleGrant.platformWide(Role.LITIGANT));
        failTimes("wang.wu", 5);
        signIn("wang.wu", "the-right-password", null);

        assertThat(accounts.byUsername(Username.parse("wang.wu"))
                        .orElseThrow()
                        .attempts()
                        .consecutiveFailures())
                .isZero();
    }

    @Test
    void aThrottledAttemptIsRefusedBeforeThePasswordIsChecked() {
        account("zhao.liu", RoleGrant.platformWide(Role.LITIGANT));
        for (var i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn("zhao.liu", "wrong-password", null))
                    .isInstanceOf(IdentityProblem.BadCredentials.class);
        }
        var checksBefore = passwords.checks;

        assertThatThrownBy(() -> signIn("zhao.liu", "the-right-password", null))
                .isInstanceOfSatisfying(
                        IdentityProblem.LoginThrottled.class,
                        throttled -> assertThat(throttled.retryAfterSeconds()).isEqualTo(1));
        assertThat(passwords.checks).isEqualTo(checksBefore);
        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn("zhao.liu", "the-right-password", null)).isInstanceOf(LogIn.Complete.class);
    }

    @Test
    void unknownUsernamesAreThrottledAndHashedLikeRealOnes() {
        for (var i = 0; i < 3; i++) {
            var before = passwords.checks;
            assertThatThrownBy(() -> signIn("no.such.person", "wrong-password", null))
                    .isInstanceOf(IdentityProblem.BadCredentials.class);
            assertThat(passwords.checks).isEqualTo(before + 1);
        }

        assertThatThrownBy(() -> signIn("no.such.person", "wrong-password", null))
                .isInstanceOf(IdentityProblem.LoginThrottled.class);
    }

    @Test
    void staffNeedTheirOneTimeCodeAndAWrongCodeCountsAsAFailure() {
        account("clerk.wang", RoleGrant.at(Role.CLERK, CourtCode.of("鲁0102")));

        assertThatThrownBy(() -> signIn("clerk.wang", "the-right-password", null))
                .isInstanceOf(IdentityProblem.TotpRequired.class);
        assertThatThrownBy(() -> signIn("clerk.wang", "the-right-password", "000000"))
                .isInstanceOf(IdentityProblem.TotpInvalid.class);
        assertThat(events)
                .filteredOn(event -> event.action().equals("identity.totp.failed"))
                .hasSize(1);
        assertThat(accounts.byUsername(Username.parse("clerk.wang"))
                        .orElseThrow()
                        .attempts()
                        .consecutiveFailures())
                .isEqualTo(1);

        var code = Totp.code(Base32.decode(SECRET), clock.instant());
        var outcome = signIn("clerk.wang", "the-right-password", code);
        assertThat(((LogIn.Complete) outcome).signedIn().courts()).containsExactly("鲁0102");
    }

    @Test
    void onTheWebTheCodeIsAskedForInASecondStep() {
        account("judge.li", RoleGrant.at(Role.JUDGE, CourtCode.of("鲁01")));

        var first = logIn.signIn(new LogIn.Credentials("judge.li", "the-right-password", null), web, true);
        assertThat(first).isInstanceOf(LogIn.SecondFactorPending.class);

        var code = Totp.code(Base32.decode(SECRET), clock.instant());
        var signedIn = logIn.completeSecondFactor(Username.parse("judge.li"), code, web);
        assertThat(signedIn.authorities()).containsExactly("ROLE_JUDGE");
    }
}
