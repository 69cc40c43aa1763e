package org.smartcourt.notifications.application;

import java.time.Clock;
import java.util.Optional;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.notifications.domain.Preferences;
import org.smartcourt.notifications.domain.UnsubscribeTokens.Unsubscription;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stops reminders and alerts by one channel for the person named in a signed unsubscribe link; the signature is the
 * authority, no sign-in is needed. Legal messages still go out. Doing it twice changes nothing more.
 */
@Component
public class Unsubscribe {

    private final UnsubscribeLinks links;
    private final Preferences preferences;
    private final AuditTrail audit;
    private final Clock clock;

    Unsubscribe(UnsubscribeLinks links, Preferences preferences, AuditTrail audit, Clock clock) {
        this.links = links;
        this.preferences = preferences;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the link would stop; empty for a link that is not genuine. */
    public Optional<Unsubscription> read(String token) {
        return links.tokens().read(token);
    }

    @Transactional
    public Optional<Unsubscription> apply(String token) {
        var unsubscription = read(token);
        unsubscription.ifPresent(wanted -> {
            var current = preferences.of(wanted.username());
            preferences.save(wanted.username(), current.without(wanted.channel()), clock.instant());
            audit.record(AuditRecord.of(
                            wanted.username(), "notifications.unsubscribe", wanted.username(), AuditOutcome.SUCCESS)
                    .with("channel", wanted.channel().name()));
        });
        return unsubscription;
    }
}
