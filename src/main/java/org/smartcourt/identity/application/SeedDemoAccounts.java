package org.smartcourt.identity.application;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.LawyerLicenceNumber;
import org.smartcourt.identity.ResidentIdNumber;
import org.smartcourt.identity.Role;
import org.smartcourt.identity.Username;
import org.smartcourt.identity.domain.AccountHolder;
import org.smartcourt.identity.domain.Accounts;
import org.smartcourt.identity.domain.LawyerPractice;
import org.smartcourt.identity.domain.RealNameVerifier;
import org.smartcourt.identity.domain.RoleGrant;
import org.smartcourt.identity.domain.Verification;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens one demo account per role, with fixed passwords and TOTP secrets that the README lists, so that a newcomer can
 * sign in as anyone. Accounts that already exist are left alone. Every name and ID number here is synthetic.
 */
@Component
public class SeedDemoAccounts {

    /** The password of every demo account. */
    public static final String PASSWORD = "SmartCourt-Demo-2026";

    static final CourtCode LIXIA = CourtCode.of("鲁0102");
    static final CourtCode JINAN_INTERMEDIATE = CourtCode.of("鲁01");

    /** One demo account: who it is, which role it has where, and its TOTP secret if it is staff. */
    public record DemoAccount(
            String username,
            String name,
            String idNumber,
            String mobile,
            RoleGrant grant,
            @Nullable String totpSecret) {}

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount(
                    "demo-litigant",
                    "张三",
                    "370102199003071238",
                    "13800000001",
                    RoleGrant.platformWide(Role.LITIGANT),
                    null),
            new DemoAccount(
                    "demo-lawyer",
                    "李明",
                    "370102198506124560",
                    "13800000002",
                    RoleGrant.platformWide(Role.LAWYER),
                    null),
            new DemoAccount(
                    "demo-clerk",
                    "王芳",
                    "370102198801010013",
                    "13800000003",
                    RoleGrant.at(Role.CLERK, LIXIA),
                    "DEMOCLERKLUZEROONETWOJINANCOURTA"),
            new DemoAccount(
                    "demo-judge",
                    "赵强",
                    "370102197505150025",
                    "13800000004",
                    RoleGrant.at(Role.JUDGE, LIXIA),
                    "DEMOJUDGELUZEROONETWOJINANCOURTA"),
            new DemoAccount(
                    "demo-appeal-judge",
                    "孙丽",
                    "370102198008080032",
                    "13800000005",
                    RoleGrant.at(Role.JUDGE, JINAN_INTERMEDIATE),
                    "DEMOAPPEALJUDGELUZEROONEJINANAAA"),
            new DemoAccount(
                    "demo-president",
                    "周正",
                    "370102198202020041",
                    "13800000006",
                    RoleGrant.at(Role.PRESIDENT, LIXIA),
                    "DEMOPRESIDENTLUZEROONETWOJINANAA"),
            new DemoAccount(
                    "demo-finance",
                    "吴敏",
                    "370102198303030054",
                    "13800000007",
                    RoleGrant.at(Role.FINANCE, LIXIA),
                    "DEMOFINANCELUZEROONETWOJINANAAAA"),
            new DemoAccount(
                    "demo-mediator",
                    "郑和",
                    "370102198404040067",
                    "13800000008",
                    RoleGrant.platformWide(Role.MEDIATOR),
                    null),
            new DemoAccount(
                    "demo-admin",
                    "钱进",
                    "370102198606060074",
                    "13800000009",
                    RoleGrant.platformWide(Role.ADMIN),
                    "DEMOADMINSMARTCOURTPLATFORMAAAAA"));

    static final LawyerPractice DEMO_PRACTICE =
            new LawyerPractice(LawyerLicenceNumber.parse("13701201010123456"), "山东泉城示例律师事务所");

    private final AccountOpening opening;
    private final Accounts accounts;
    private final RealNameVerifier verifier;
    private final Clock clock;

    SeedDemoAccounts(AccountOpening opening, Accounts accounts, RealNameVerifier verifier, Clock clock) {
        this.opening = opening;
        this.accounts = accounts;
        this.verifier = verifier;
        this.clock = clock;
    }

    /** Opens the demo accounts that do not exist yet; returns the usernames it opened. */
    @Transactional
    public List<String> seed() {
        return ACCOUNTS.stream()
                .filter(demo -> !accounts.usernameTaken(Username.parse(demo.username())))
                .map(this::open)
                .toList();
    }

    private String open(DemoAccount demo) {
        var registration = new Registration(
                "NATURAL_PERSON",
                demo.username(),
                PASSWORD,
                demo.name(),
                demo.idNumber(),
                null,
                null,
                demo.mobile(),
                null,
                null);
        var grants = demo.grant().role() == Role.LAWYER
                ? List.of(RoleGrant.platformWide(Role.LITIGANT), demo.grant())
                : List.of(demo.grant());
        var practice = demo.grant().role() == Role.LAWYER ? DEMO_PRACTICE : null;
        var account = opening.open(registration, grants, practice, demo.totpSecret(), "system")
                .account();
        if (account.holder() instanceof AccountHolder.NaturalPerson person
                && (account.hasRole(Role.LITIGANT) || account.hasRole(Role.LAWYER))) {
            var result = verifier.verify(
                    new RealNameVerifier.Claim.Person(person.name(), new ResidentIdNumber(person.identityNumber())));
            if (result.matched()) {
                account.verified(new Verification(clock.instant(), result.method()));
                accounts.save(account);
            }
        }
        return demo.username();
    }
}
