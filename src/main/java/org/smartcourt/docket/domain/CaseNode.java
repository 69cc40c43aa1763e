package org.smartcourt.docket.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.docket.CaseId;

/**
 * One node of a case's timeline (审判流程节点): what happened, when, in which capacity, with which documents and which
 * deadline. The description is a message code with arguments, localised when shown. The actor's username is kept for
 * accountability but never shown to parties; court staff are shown by role and public name.
 */
public record CaseNode(
        CaseId caseId,
        Instant at,
        ActorRole actorRole,
        @Nullable String actorName,
        @Nullable String actorUsername,
        String messageCode,
        List<String> arguments,
        List<String> documents,
        @Nullable LocalDate deadline) {

    public CaseNode {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorRole, "actorRole");
        Objects.requireNonNull(messageCode, "messageCode");
        arguments = List.copyOf(arguments);
        documents = List.copyOf(documents);
    }

    static CaseNode of(CaseId caseId, Instant at, Actor actor, String messageCode, List<String> arguments) {
        return new CaseNode(
                caseId,
                at,
                actor.role(),
                actor.publicName(),
                actor.username(),
                messageCode,
                arguments,
                List.of(),
                null);
    }

    CaseNode withDeadline(LocalDate deadline) {
        return new CaseNode(
                caseId, at, actorRole, actorName, actorUsername, messageCode, arguments, documents, deadline);
    }
}
