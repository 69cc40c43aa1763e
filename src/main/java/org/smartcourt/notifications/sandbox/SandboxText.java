package org.smartcourt.notifications.sandbox;

import java.time.Instant;

/** A text the sandbox SMS gateway took, as the recipient's phone would show it. */
public record SandboxText(
        String messageId, String reference, String recipient, String signName, String text, Instant receivedAt) {

    /** The text with the sender's signature in front, as Chinese operators require (【签名】). */
    public String shown() {
        return "【" + signName + "】" + text;
    }
}
