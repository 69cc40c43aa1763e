package org.smartcourt.notifications.web;

import java.security.Principal;
import org.smartcourt.notifications.application.ManagePreferences;
import org.smartcourt.notifications.application.SendCheckMessage;
import org.smartcourt.notifications.domain.MessagePreferences;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page where a person chooses the channels for reminders and alerts and sends themselves a test message. */
@Controller
class PreferencesPageController {

    private final ManagePreferences preferences;
    private final SendCheckMessage check;

    PreferencesPageController(ManagePreferences preferences, SendCheckMessage check) {
        this.preferences = preferences;
        this.check = check;
    }

    @GetMapping("/notifications/preferences")
    String page(Principal caller, Model model) {
        model.addAttribute("preferences", preferences.of(caller.getName()));
        return "notifications/preferences";
    }

    @PostMapping("/notifications/preferences")
    String save(
            Principal caller,
            @RequestParam(defaultValue = "false") boolean email,
            @RequestParam(defaultValue = "false") boolean sms,
            RedirectAttributes redirect) {
        preferences.change(caller.getName(), new MessagePreferences(email, sms));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/notifications/preferences";
    }

    @PostMapping("/notifications/preferences/check")
    String check(Principal caller, RedirectAttributes redirect) {
        redirect.addFlashAttribute("check", check.send(caller.getName()));
        return "redirect:/notifications/preferences";
    }
}
