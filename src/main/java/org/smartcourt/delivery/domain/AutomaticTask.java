package org.smartcourt.delivery.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One automatic service of a registered case and how it went: done, waiting for its document, or failed with the reason
 * a clerk must see.
 *
 * @param reasonCode a message key saying why it waits or failed
 * @param reasonArguments the arguments of that message
 * @param dueOn the last day to serve it (CPL Art. 128: 5 days from registration)
 * @param documentHash the document served, once known
 */
public record AutomaticTask(
        UUID caseId,
        AutomaticItem item,
        String court,
        String caseNumber,
        Status status,
        @Nullable String reasonCode,
        List<String> reasonArguments,
        int attempts,
        LocalDate dueOn,
        @Nullable String documentHash,
        Instant updatedAt) {

    /** Where an automatic service stands. */
    public enum Status {
        /** Not yet tried, or waiting for its document (the fee notice). */
        PENDING,
        /** Served (the services exist). */
        DONE,
        /** A clerk served the document meanwhile. */
        DONE_BY_CLERK,
        /** The last try failed; it is tried again until it succeeds or a clerk serves it. */
        FAILED
    }

    public AutomaticTask {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(dueOn, "dueOn");
        reasonArguments = List.copyOf(reasonArguments);
    }

    public boolean isDone() {
        return status == Status.DONE || status == Status.DONE_BY_CLERK;
    }

    public AutomaticTask done(String hash, Instant at) {
        return new AutomaticTask(
                caseId, item, court, caseNumber, Status.DONE, null, List.of(), attempts + 1, dueOn, hash, at);
    }

    public AutomaticTask doneByClerk(Instant at) {
        return new AutomaticTask(
                caseId,
                item,
                court,
                caseNumber,
                Status.DONE_BY_CLERK,
                null,
                List.of(),
                attempts,
                dueOn,
                documentHash,
                at);
    }

    public AutomaticTask waiting(String code, Instant at) {
        return new AutomaticTask(
                caseId,
                item,
                court,
                caseNumber,
                Status.PENDING,
                code,
                List.of(),
                attempts + 1,
                dueOn,
                documentHash,
                at);
    }

    public AutomaticTask failed(String code, List<String> arguments, Instant at) {
        return new AutomaticTask(
                caseId, item, court, caseNumber, Status.FAILED, code, arguments, attempts + 1, dueOn, documentHash, at);
    }

    public AutomaticTask withDocument(String hash, Instant at) {
        return new AutomaticTask(
                caseId, item, court, caseNumber, status, reasonCode, reasonArguments, attempts, dueOn, hash, at);
    }
}
