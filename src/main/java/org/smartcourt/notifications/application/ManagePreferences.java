package org.smartcourt.notifications.application;

import java.time.Clock;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.identity.AccountProfiles;
import org.smartcourt.notifications.domain.MessagePreferences;
import org.smartcourt.notifications.domain.Preferences;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shows a person which channels they take reminders and alerts by, where those reach them and when quiet hours are,
 * and changes their choice. Every change is audited.
 */
@Component
public class ManagePreferences {

    /**
     * What a person sees of their preferences.
     *
     * @param emailAddress the e-mail address reminders go to, if their profile has one
     * @param mobile the mobile number texts go to
     */
    public record Shown(
            boolean email,
            boolean sms,
            @Nullable String emailAddress,
            String mobile,
            LocalTime quietHoursStart,
            LocalTime quietHoursEnd,
            String timeZone) {}

    private final Preferences preferences;
    private final AccountProfiles accounts;
    private final AuditTrail audit;
    private final NotificationProperties properties;
    private final Clock clock;

    ManagePreferences(
            Preferences preferences,
            AccountProfiles accounts,
            AuditTrail audit,
            NotificationProperties properties,
            Clock clock) {
        this.preferences = preferences;
        this.accounts = accounts;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Shown of(String username) {
        var profile = accounts.profile(username).orElseThrow(() -> new IllegalStateException("No account " + username));
        var chosen = preferences.of(username);
        var quiet = properties.quietHours();
        return new Shown(
                chosen.email(),
                chosen.sms(),
                profile.email(),
                profile.mobile(),
                quiet.start(),
                quiet.end(),
                quiet.zone().getId());
    }

    @Transactional
    public Shown change(String username, MessagePreferences chosen) {
        preferences.save(username, chosen, clock.instant());
        audit.record(AuditRecord.of(username, "notifications.preferences.change", username, AuditOutcome.SUCCESS)
                .with("email", Boolean.toString(chosen.email()))
                .with("sms", Boolean.toString(chosen.sms())));
        return of(username);
    }
}
