package org.smartcourt.docket.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.ZoneId;
import org.smartcourt.docket.domain.CaseAccessPolicy;
import org.smartcourt.docket.domain.CourtStaff;
import org.smartcourt.docket.domain.JudgeDraw;
import org.smartcourt.docket.domain.RegistrationPeriod;
import org.smartcourt.shared.CourtCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The docket's policies as beans, built from its settings and the holiday calendar. */
@Configuration(proxyBeanMethods = false)
class DocketConfiguration {

    /** Legal days start and end at midnight in Beijing, whatever the server's zone. */
    static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    CourtCalendar courtCalendar(CalendarProperties properties) {
        try (var input = properties.holidays().getInputStream()) {
            return CourtCalendar.parse(new String(input.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday calendar " + properties.holidays(), e);
        }
    }

    @Bean
    RegistrationPeriod registrationPeriod(CourtCalendar calendar, DocketProperties properties) {
        return new RegistrationPeriod(calendar, properties.registrationDays(), COURT_ZONE);
    }

    @Bean
    JudgeDraw judgeDraw() {
        return new JudgeDraw(new SecureRandom());
    }

    @Bean
    CaseAccessPolicy caseAccessPolicy(CourtStaff staff) {
        return new CaseAccessPolicy(staff);
    }
}
