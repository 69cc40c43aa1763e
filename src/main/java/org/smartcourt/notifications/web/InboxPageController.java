package org.smartcourt.notifications.web;

import java.security.Principal;
import java.util.Locale;
import org.smartcourt.notifications.application.AcknowledgeMessage;
import org.smartcourt.notifications.application.ReadInbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The inbox page: every message, the unread ones marked, each with a form to mark it read. */
@Controller
class InboxPageController {

    private final ReadInbox readInbox;
    private final AcknowledgeMessage acknowledge;

    InboxPageController(ReadInbox readInbox, AcknowledgeMessage acknowledge) {
        this.readInbox = readInbox;
        this.acknowledge = acknowledge;
    }

    @GetMapping("/inbox")
    String inbox(Principal caller, Locale locale, Model model) {
        model.addAttribute("messages", readInbox.of(caller.getName(), locale));
        return "notifications/inbox";
    }

    @PostMapping("/inbox/{id}/ack")
    String ack(Principal caller, @PathVariable String id) {
        acknowledge.acknowledge(InboxApiController.messageId(id), caller.getName());
        return "redirect:/inbox";
    }
}
