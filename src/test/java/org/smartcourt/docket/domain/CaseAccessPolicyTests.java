package org.smartcourt.docket.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcourt.docket.InMemoryCourtStaff;
import org.smartcourt.docket.domain.CaseAccessPolicy.Basis;
import org.smartcourt.shared.CourtCode;

class CaseAccessPolicyTests {

    private static final InMemoryCourtStaff STAFF = new InMemoryCourtStaff()
            .grant("clerk-li", CourtCaseFixture.COURT, StaffRole.CLERK, "李立案")
            .grant("judge-qian", CourtCaseFixture.COURT, StaffRole.JUDGE, "钱法官")
            .grant("president-zhou", CourtCaseFixture.COURT, StaffRole.PRESIDENT, "周院长")
            .grant("clerk-elsewhere", CourtCode.of("鲁0103"), StaffRole.CLERK, "吴立案")
            .grant("judge-elsewhere", CourtCode.of("鲁0103"), StaffRole.JUDGE, "郑法官");

    private final CaseAccessPolicy policy = new CaseAccessPolicy(STAFF);

    /** One row per kind of viewer: who, may see, on which basis, may decide on registration, may withdraw. */
    static Stream<Arguments> viewers() {
        return Stream.of(
                Arguments.of("the filer", "filer-zhang", Optional.of(Basis.FILER), false, true),
                Arguments.of("the plaintiff with a linked account", "zhangsan", Optional.of(Basis.PARTY), false, true),
                Arguments.of("the defendant with a linked account", "lisi", Optional.of(Basis.PARTY), false, false),
                Arguments.of("the plaintiff's lawyer", "lawyer-wang", Optional.of(Basis.REPRESENTATIVE), false, true),
                Arguments.of("the defendant's lawyer", "lawyer-zhao", Optional.of(Basis.REPRESENTATIVE), false, false),
                // The assigned judge of a case moved to another court still sees it.
                Arguments.of("the assigned judge", "judge-chen", Optional.of(Basis.ASSIGNED_JUDGE), false, false),
                Arguments.of("a clerk of the court", "clerk-li", Optional.of(Basis.COURT_STAFF), true, false),
                Arguments.of("a judge of the court", "judge-qian", Optional.of(Basis.COURT_STAFF), false, false),
                Arguments.of(
                        "the president of the court", "president-zhou", Optional.of(Basis.COURT_STAFF), true, false),
                Arguments.of("a clerk of another court", "clerk-elsewhere", Optional.empty(), false, false),
                Arguments.of("a judge of another court", "judge-elsewhere", Optional.empty(), false, false),
                Arguments.of("another litigant", "someone-else", Optional.empty(), false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewers")
    void onlyThePartiesTheirLawyersAndTheCourtSeeACase(
            String who, String username, Optional<Basis> basis, boolean mayDecide, boolean mayWithdraw) {
        var courtCase = CourtCaseFixture.in(CaseStatus.ASSIGNED);

        assertThat(policy.viewingBasis(username, courtCase)).as(who).isEqualTo(basis);
        assertThat(policy.mayDecideRegistration(username, courtCase)).as(who).isEqualTo(mayDecide);
        assertThat(policy.mayWithdraw(username, courtCase)).as(who).isEqualTo(mayWithdraw);
    }
}
