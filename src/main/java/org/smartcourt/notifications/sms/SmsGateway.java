package org.smartcourt.notifications.sms;

import org.jspecify.annotations.Nullable;

/** A commercial SMS gateway: takes a text for a mainland mobile number and answers with its message id. */
public interface SmsGateway {

    /**
     * Hands the text to the gateway once; never throws for a refusal, which the answer describes.
     *
     * @param reference the platform's reference for the text; the gateway sends a reference it has seen only once
     */
    Answer send(String mobile, String text, String reference);

    /**
     * @param messageId the gateway's id for the text, when it took it
     * @param failure why it did not, in words an operator understands
     */
    record Answer(
            boolean accepted,
            @Nullable String messageId,
            @Nullable String failure) {

        public static Answer accepted(String messageId) {
            return new Answer(true, messageId, null);
        }

        public static Answer refused(String failure) {
            return new Answer(false, null, failure);
        }
    }
}
