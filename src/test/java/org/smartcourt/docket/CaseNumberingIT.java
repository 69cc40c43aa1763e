package org.smartcourt.docket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.smartcourt.docket.application.RegisterCase;
import org.smartcourt.shared.CaseNumber;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.support.CourtIntegrationTest;
import org.smartcourt.support.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;

@CourtIntegrationTest
class CaseNumberingIT {

    /** No other test registers cases at 银川市兴庆区人民法院, so its serials this year start at 1. */
    private static final CourtCode COURT = CourtCode.of("宁0104");

    @Autowired
    Docket docket;

    @Autowired
    RegisterCase registerCase;

    @Autowired
    StaffAccounts staff;

    @Test
    void twoHundredFilingsRegisteredConcurrentlyGetTheNumbersOneToTwoHundred() throws Exception {
        var clerk = staff.clerkAt(COURT, "马立案");
        staff.judgeAt(COURT, "杨法官");
        staff.judgeAt(COURT, "朱法官");
        var cases = new ArrayList<CaseId>();
        for (var i = 0; i < 200; i++) {
            cases.add(docket.open(
                    Filings.privateLending(COURT, Filings.unique("plaintiff"), Filings.unique("defendant"))));
        }

        var numbers = new ArrayList<CaseNumber>();
        var pool = Executors.newFixedThreadPool(8);
        try {
            var registrations = new ArrayList<Future<RegisterCase.Result>>();
            for (var id : cases) {
                Callable<RegisterCase.Result> register =
                        () -> registerCase.register(id, clerk, RegisterCase.Decision.byDefault());
                registrations.add(pool.submit(register));
            }
            for (var registration : registrations) {
                numbers.add(registration.get(2, TimeUnit.MINUTES).caseNumber());
            }
        } finally {
            pool.shutdownNow();
        }

        var year = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).getYear();
        assertThat(numbers).allSatisfy(number -> {
            assertThat(number.year()).isEqualTo(year);
            assertThat(number.court()).isEqualTo(COURT);
            assertThat(number.typeCode()).isEqualTo("民初");
        });
        assertThat(numbers.stream().map(CaseNumber::serial).sorted())
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, 200).boxed().toList());
    }
}
