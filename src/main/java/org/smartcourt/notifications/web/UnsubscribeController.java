package org.smartcourt.notifications.web;

import org.smartcourt.notifications.application.Unsubscribe;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The unsubscribe link of reminders and alerts, public because the signed token is the authority. Opening it asks to
 * confirm (link scanners open links, and opening must change nothing); posting to it, from the page or as a mail
 * client's one-click unsubscribe (RFC 8058 {@code List-Unsubscribe=One-Click}), unsubscribes.
 */
@Controller
class UnsubscribeController {

    private final Unsubscribe unsubscribe;

    UnsubscribeController(Unsubscribe unsubscribe) {
        this.unsubscribe = unsubscribe;
    }

    @GetMapping("/notifications/unsubscribe")
    String confirm(@RequestParam(defaultValue = "") String token, Model model) {
        var wanted = unsubscribe.read(token).orElseThrow(UnsubscribeController::notGenuine);
        model.addAttribute("channel", wanted.channel());
        model.addAttribute("token", token);
        model.addAttribute("done", false);
        return "notifications/unsubscribe";
    }

    @PostMapping("/notifications/unsubscribe")
    String unsubscribe(@RequestParam(defaultValue = "") String token, Model model) {
        var done = unsubscribe.apply(token).orElseThrow(UnsubscribeController::notGenuine);
        model.addAttribute("channel", done.channel());
        model.addAttribute("token", token);
        model.addAttribute("done", true);
        return "notifications/unsubscribe";
    }

    private static ResponseStatusException notGenuine() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "notifications.unsubscribe.invalid");
    }
}
