package org.smartcourt.identity.application;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Writes security events to the application log until the audit trail takes them. */
@Component
class LoggedSecurityEvents implements SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger("org.smartcourt.identity.security");

    @Override
    public void record(String actor, String action, String subject, Outcome outcome, Map<String, String> details) {
        log.info("{} {} {} {} {}", action, outcome, actor, subject, details);
    }
}
