package org.smartcourt.delivery.application;

import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.delivery.domain.Interaction;
import org.smartcourt.delivery.domain.InteractionKind;
import org.smartcourt.delivery.domain.Service;
import org.smartcourt.delivery.domain.ServiceChannel;
import org.smartcourt.delivery.domain.Services;
import org.smartcourt.documents.Documents;
import org.smartcourt.documents.StoredDocument;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens when someone opens a service's page, downloads its document or confirms receipt. The recipient (signed
 * in, or holding the secret link of one of its messages) leaves a trace that can make service effective (在线诉讼规则
 * Art. 31 ¶2); the court's staff and the recipient's lawyer only read. Everyone else finds nothing.
 */
@Component
public class ActOnService {

    /** A service as someone sees it, and whether that someone is its recipient. */
    public record Visit(Service service, Visitor visitor) {}

    /**
     * Who opened the service.
     *
     * @param username the signed-in user, if any
     * @param recipient whether the visitor is the recipient (by account or by its link)
     * @param via the channel whose link was followed, if the visitor came by a link
     */
    public record Visitor(
            @Nullable String username,
            boolean recipient,
            @Nullable ServiceChannel via) {

        String actor() {
            if (username != null && via == null) {
                return username;
            }
            return "link:" + (via == null ? "unknown" : via.name());
        }
    }

    /** The document served and the visit that fetched it. */
    public record Download(Visit visit, StoredDocument document) {}

    static final String READ = "delivery.service.read";

    private final Services services;
    private final DeliveryAccess access;
    private final Settlement settlement;
    private final Documents documents;
    private final Clock clock;

    ActOnService(Services services, DeliveryAccess access, Settlement settlement, Documents documents, Clock clock) {
        this.services = services;
        this.access = access;
        this.settlement = settlement;
        this.documents = documents;
        this.clock = clock;
    }

    @Transactional
    public Visit open(UUID id, @Nullable String username, @Nullable String token) {
        return act(id, username, token, InteractionKind.OPENED, READ);
    }

    @Transactional
    public Download download(UUID id, @Nullable String username, @Nullable String token) {
        var visit = act(id, username, token, InteractionKind.DOWNLOADED, "delivery.service.downloaded");
        var hash = visit.service().document().hash();
        var document = documents.open(hash).orElseThrow(() -> DeliveryProblem.unknownDocument(hash.value()));
        return new Download(visit, document);
    }

    /** The recipient replies that it received the document (回复收悉); for a mediation statement, it signs for it. */
    @Transactional
    public Visit confirmReceipt(UUID id, @Nullable String username, @Nullable String token) {
        var visit = act(id, username, token, InteractionKind.REPLIED, "delivery.service.receiptConfirmed");
        if (!visit.visitor().recipient()) {
            throw DeliveryProblem.accessDenied();
        }
        return visit;
    }

    private Visit act(UUID id, @Nullable String username, @Nullable String token, InteractionKind kind, String action) {
        var service = services.lock(id).orElseThrow(() -> DeliveryProblem.noSuchService(id.toString()));
        var visitor = visitor(service, username, token, action);
        if (visitor.recipient()) {
            if (service.interacted(new Interaction(kind, clock.instant(), visitor.via(), visitor.actor()))) {
                settlement.settle(service);
                services.update(service);
            }
        }
        access.recorded(
                visitor.actor(),
                action,
                service.id().toString(),
                "case",
                service.caseId().toString(),
                "recipient",
                Boolean.toString(visitor.recipient()));
        return new Visit(service, visitor);
    }

    private Visitor visitor(Service service, @Nullable String username, @Nullable String token, String action) {
        if (username != null && service.isAddressedTo(username)) {
            return new Visitor(username, true, null);
        }
        if (token != null && !token.isBlank()) {
            var channel = service.channelWithToken(token.strip());
            if (channel.isPresent()) {
                return new Visitor(username, true, channel.get().channel());
            }
        }
        if (username != null && access.maySee(username, service)) {
            return new Visitor(username, false, null);
        }
        access.denied(
                username == null ? "anonymous" : username, action, service.id().toString());
        throw DeliveryProblem.noSuchService(service.id().toString());
    }
}
