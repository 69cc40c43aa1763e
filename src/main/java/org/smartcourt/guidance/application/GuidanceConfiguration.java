package org.smartcourt.guidance.application;

import org.smartcourt.guidance.domain.LimitationPeriod;
import org.smartcourt.guidance.domain.RiskCatalogue;
import org.smartcourt.guidance.persistence.CatalogueFile;
import org.smartcourt.shared.CourtCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The calculator's data and rules as beans: the catalogue from its file, limitation on the holiday calendar. */
@Configuration(proxyBeanMethods = false)
class GuidanceConfiguration {

    @Bean
    RiskCatalogue riskCatalogue() {
        return CatalogueFile.read();
    }

    @Bean
    LimitationPeriod limitationPeriod(CourtCalendar calendar) {
        return new LimitationPeriod(calendar);
    }
}
