package org.smartcourt.docket;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A node another module adds to a case's timeline (a document served, a fee paid, a hearing scheduled).
 *
 * @param actorRole in which capacity the actor acted
 * @param actorName the actor's public name (court staff as printed on court documents); null to show the role only
 * @param messageCode the message key describing what happened, from the calling module's bundle
 *     ({@code fees.node.paid}); localised when the timeline is shown
 * @param arguments the message arguments, already formatted
 * @param documents references of the documents concerned (SHA-256 hex hashes)
 * @param deadline a deadline this node sets, if any
 */
public record NewNode(
        ActorRole actorRole,
        @Nullable String actorName,
        String messageCode,
        List<String> arguments,
        List<String> documents,
        @Nullable LocalDate deadline) {

    private static final Pattern MESSAGE_CODE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+");

    public NewNode {
        Objects.requireNonNull(actorRole, "actorRole");
        if (messageCode == null || !MESSAGE_CODE.matcher(messageCode).matches()) {
            throw new IllegalArgumentException("Not a message code: " + messageCode);
        }
        arguments = List.copyOf(arguments);
        documents = List.copyOf(documents);
    }
}
