package org.smartcourt.fees.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.smartcourt.fees.application.BookPaymentNotification;
import org.smartcourt.fees.application.FeesProblem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the payment gateway reports payments (server to server, no user session): a signed JSON object of strings.
 * Answers {@code SUCCESS} once the notification is booked, was booked before, or raised an alert; anything else makes
 * the gateway retry.
 */
@RestController
@Tag(name = "Payment gateway", description = "Signed notifications from the payment gateway")
class PaymentNotificationController {

    private final BookPaymentNotification booking;

    PaymentNotificationController(BookPaymentNotification booking) {
        this.booking = booking;
    }

    @PostMapping(path = "/api/v1/payments/notifications", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "The gateway's asynchronous payment notification (HMAC-SHA256 signed)")
    ResponseEntity<String> notify(@RequestBody Map<String, String> notification) {
        var outcome = booking.book(notification);
        if (outcome == BookPaymentNotification.Outcome.UNKNOWN_ORDER) {
            throw FeesProblem.badNotification("order_id");
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("SUCCESS");
    }
}
