package org.smartcourt.notifications.web.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.smartcourt.identity.AccountProfiles;
import org.smartcourt.notifications.sandbox.SandboxSmsCenter;
import org.smartcourt.notifications.sandbox.SandboxText;
import org.smartcourt.notifications.sandbox.SmsSandboxEnabled;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sandbox SMS gateway's page: the texts it took, as a phone would show them. A signed-in person sees the texts to
 * their own mobile number; court staff and administrators see the latest texts to anyone.
 */
@Controller
@SmsSandboxEnabled
class SandboxSmsPageController {

    private static final int LATEST = 100;

    private final SandboxSmsCenter center;
    private final AccountProfiles accounts;

    SandboxSmsPageController(SandboxSmsCenter center, AccountProfiles accounts) {
        this.center = center;
        this.accounts = accounts;
    }

    @GetMapping("/sandbox-sms")
    String page(Authentication caller, Model model) {
        var everyone = Staff.isStaff(caller);
        List<SandboxText> texts = everyone
                ? center.latest(LATEST)
                : accounts.profile(caller.getName())
                        .map(profile -> newestFirst(center.to(profile.mobile())))
                        .orElse(List.of());
        model.addAttribute("texts", texts);
        model.addAttribute("everyone", everyone);
        return "notifications/sandbox-sms";
    }

    private static List<SandboxText> newestFirst(List<SandboxText> texts) {
        var copy = new ArrayList<>(texts);
        Collections.reverse(copy);
        return copy;
    }
}
