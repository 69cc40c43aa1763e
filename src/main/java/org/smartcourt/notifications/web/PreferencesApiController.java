package org.smartcourt.notifications.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.smartcourt.notifications.application.ManagePreferences;
import org.smartcourt.notifications.application.SendCheckMessage;
import org.smartcourt.notifications.domain.MessagePreferences;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's choice of channels for reminders and alerts; legal messages go out whatever they choose. */
@RestController
@RequestMapping("/api/v1/me/notification-preferences")
@Tag(name = "Notification preferences", description = "Which channels the caller takes reminders and alerts by")
class PreferencesApiController {

    /** The channels chosen; both are required. */
    record Choice(
            @NotNull(message = "{notifications.preferences.required}") @Nullable
            Boolean email,

            @NotNull(message = "{notifications.preferences.required}") @Nullable
            Boolean sms) {}

    private final ManagePreferences preferences;
    private final SendCheckMessage check;

    PreferencesApiController(ManagePreferences preferences, SendCheckMessage check) {
        this.preferences = preferences;
        this.check = check;
    }

    @GetMapping
    @Operation(
            summary = "Read the caller's notification preferences",
            description = "The channels chosen, the addresses they reach and the quiet hours.")
    ManagePreferences.Shown read(Authentication caller) {
        return preferences.of(caller.getName());
    }

    @PutMapping
    @Operation(
            summary = "Choose the channels for reminders and alerts",
            description = "E-mail and SMS can be switched off; the inbox always takes them, and legal messages"
                    + " (service of documents) go out by every channel regardless.")
    ManagePreferences.Shown change(Authentication caller, @Valid @RequestBody Choice choice) {
        return preferences.change(
                caller.getName(),
                new MessagePreferences(Boolean.TRUE.equals(choice.email()), Boolean.TRUE.equals(choice.sms())));
    }

    @PostMapping("/check")
    @Operation(
            summary = "Send the caller a test message",
            description = "By inbox, e-mail and SMS, as chosen; it waits out quiet hours like any alert. At most one"
                    + " every ten minutes.")
    ResponseEntity<SendCheckMessage.Queued> check(Authentication caller) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(check.send(caller.getName()));
    }
}
