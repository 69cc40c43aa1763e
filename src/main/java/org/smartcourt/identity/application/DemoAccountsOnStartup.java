package org.smartcourt.identity.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Seeds the demo accounts when the platform starts with {@code smartcourt.demo=true}; never otherwise. */
@Component
@ConditionalOnBooleanProperty(name = "smartcourt.demo", havingValue = true)
class DemoAccountsOnStartup {

    private static final Logger log = LoggerFactory.getLogger(DemoAccountsOnStartup.class);

    private final SeedDemoAccounts seed;

    DemoAccountsOnStartup(SeedDemoAccounts seed) {
        this.seed = seed;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        var opened = seed.seed();
        log.info("Demo mode: opened {} demo accounts {}", opened.size(), opened);
    }
}
