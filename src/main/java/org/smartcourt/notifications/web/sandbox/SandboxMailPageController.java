package org.smartcourt.notifications.web.sandbox;

import java.util.List;
import org.smartcourt.identity.AccountProfiles;
import org.smartcourt.notifications.email.DemoMailEnabled;
import org.smartcourt.notifications.email.DemoMailbox;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The demo mail server's page: the e-mails it received. A signed-in person sees the e-mails to their own address;
 * court staff and administrators see every e-mail.
 */
@Controller
@DemoMailEnabled
class SandboxMailPageController {

    private final DemoMailbox mailbox;
    private final AccountProfiles accounts;

    SandboxMailPageController(DemoMailbox mailbox, AccountProfiles accounts) {
        this.mailbox = mailbox;
        this.accounts = accounts;
    }

    @GetMapping("/sandbox-mail")
    String page(Authentication caller, Model model) {
        var everyone = Staff.isStaff(caller);
        var mails = everyone
                ? mailbox.to(null)
                : accounts.profile(caller.getName())
                        .map(AccountProfiles.AccountProfile::email)
                        .map(email -> mailbox.to(List.of(email)))
                        .orElse(List.of());
        model.addAttribute("mails", mails);
        model.addAttribute("everyone", everyone);
        return "notifications/sandbox-mail";
    }
}
