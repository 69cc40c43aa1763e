package org.smartcourt.notifications.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.smartcourt.api.ApiProblemException;
import org.smartcourt.notifications.application.AcknowledgeMessage;
import org.smartcourt.notifications.application.ReadInbox;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's inbox: the decisions on their cases, explained in the request's language. */
@RestController
@RequestMapping("/api/v1/inbox")
@Tag(name = "Inbox", description = "Messages explaining each decision on the caller's cases")
class InboxApiController {

    private final ReadInbox readInbox;
    private final AcknowledgeMessage acknowledge;

    InboxApiController(ReadInbox readInbox, AcknowledgeMessage acknowledge) {
        this.readInbox = readInbox;
        this.acknowledge = acknowledge;
    }

    @GetMapping
    @Operation(
            summary = "List the caller's messages",
            description = "Newest first, subject and body in the request's language (Accept-Language).")
    List<ReadInbox.Shown> list(Authentication caller, Locale locale) {
        return readInbox.of(caller.getName(), locale);
    }

    @PostMapping("/{id}/ack")
    @Operation(
            summary = "Mark a message read",
            description = "Only its recipient may; again changes nothing. Another user's message answers 404.")
    ResponseEntity<Void> ack(Authentication caller, @PathVariable String id) {
        acknowledge.acknowledge(messageId(id), caller.getName());
        return ResponseEntity.noContent().build();
    }

    static UUID messageId(String id) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException notAnId) {
            throw new ApiProblemException(
                    HttpStatus.NOT_FOUND, "inbox-message-not-found", "notifications.problem.notFound");
        }
    }
}
