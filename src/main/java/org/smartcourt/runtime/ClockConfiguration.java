package org.smartcourt.runtime;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every module reads the time from, so that tests can move it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        // Courts keep China Standard Time; legal days start and end at midnight in Beijing.
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }
}
