package org.smartcourt.delivery.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.delivery.DocumentKind;
import org.smartcourt.delivery.domain.AddressBook;
import org.smartcourt.delivery.domain.AutomaticTasks;
import org.smartcourt.delivery.domain.CaseFacts;
import org.smartcourt.delivery.domain.EmailAddress;
import org.smartcourt.delivery.domain.Recipient;
import org.smartcourt.delivery.domain.RegisteredCases;
import org.smartcourt.delivery.domain.RoutePlanner;
import org.smartcourt.delivery.domain.ServedDocument;
import org.smartcourt.delivery.domain.Service;
import org.smartcourt.delivery.domain.Services;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.CaseOutline;
import org.smartcourt.docket.Party;
import org.smartcourt.docket.PartyRole;
import org.smartcourt.docket.Registrations;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.documents.Documents;
import org.smartcourt.identity.AccountProfiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serves a stored document of a registered case on chosen parties: one service per party, along the route its service
 * address allows, each a node on the timeline; the messages go out after commit ({@link MessageSender}).
 */
@Component
public class ServeDocument {

    /**
     * What to serve on whom.
     *
     * @param title the title shown to the recipient; the stored document's title when null
     * @param parties party references ({@link PartyReference})
     * @param roles every party in these roles as well
     */
    public record Request(
            UUID caseId, DocumentKind kind, @Nullable String title, List<String> parties, Set<PartyRole> roles) {

        public Request {
            parties = List.copyOf(parties);
            roles = Set.copyOf(roles);
        }
    }

    static final String ACTION = "delivery.service.served";
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    private final Parts parts;
    private final Services services;
    private final AddressBook addresses;
    private final ServiceNodes nodes;
    private final MessageSender sender;
    private final ServiceReminders reminders;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** Where the case, the document, the people and the settings come from. */
    record Parts(
            RegisteredCases cases,
            Documents documents,
            AccountProfiles profiles,
            DeliveryAccess access,
            AutomaticTasks automatic,
            DeliveryProperties properties,
            Registrations registrations) {}

    ServeDocument(
            RegisteredCases cases,
            Documents documents,
            AccountProfiles profiles,
            DeliveryAccess access,
            AutomaticTasks automatic,
            DeliveryProperties properties,
            Registrations registrations,
            Services services,
            AddressBook addresses,
            ServiceNodes nodes,
            MessageSender sender,
            ServiceReminders reminders,
            Clock clock) {
        this.parts = new Parts(cases, documents, profiles, access, automatic, properties, registrations);
        this.services = services;
        this.addresses = addresses;
        this.nodes = nodes;
        this.sender = sender;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** A member of the court's staff serves an issued document, named by its hash. */
    @Transactional
    public List<Service> byStaff(Request request, DocumentHash document, String username) {
        var facts = facts(request.caseId());
        var actor = parts.access()
                .staffAt(username, facts.court(), ACTION, request.caseId().toString());
        var served = serve(request, facts, document, actor);
        parts.automatic().ofCase(request.caseId()).stream()
                .filter(task -> !task.isDone() && task.item().kind() == request.kind())
                .forEach(task -> parts.automatic().update(task.doneByClerk(clock.instant())));
        return served;
    }

    /** A member of the court's staff uploads a PDF and serves it; the PDF is stored as it is, under the case. */
    @Transactional
    public List<Service> byStaffUpload(Request request, byte[] pdf, String title, String username) {
        var facts = facts(request.caseId());
        parts.access().staffAt(username, facts.court(), ACTION, request.caseId().toString());
        if (pdf.length > parts.properties().maxUploadSize().toBytes()) {
            throw DeliveryProblem.invalid("file", "delivery.problem.fileTooLarge");
        }
        if (!isPdf(pdf)) {
            throw DeliveryProblem.notAPdf();
        }
        var hash = parts.documents()
                .store(
                        pdf,
                        title.isBlank() ? request.kind().title() : title.strip(),
                        "served-"
                                + request.kind()
                                        .name()
                                        .toLowerCase(java.util.Locale.ROOT)
                                        .replace('_', '-'),
                        username,
                        "application/pdf",
                        facts.caseNumber().toString());
        var withTitle = new Request(
                request.caseId(), request.kind(), title.isBlank() ? null : title, request.parties(), request.roles());
        return byStaff(withTitle, hash, username);
    }

    /** The court serves by itself (automatic service, other modules through the façade). */
    @Transactional
    public List<Service> byCourt(Request request, DocumentHash document) {
        return serve(request, facts(request.caseId()), document, null);
    }

    /** The case as registered: from this module's copy, or from the docket when its event has not arrived yet. */
    private CaseFacts facts(UUID caseId) {
        return parts.cases().find(caseId).orElseGet(() -> {
            var registered = parts.registrations()
                    .of(new CaseId(caseId))
                    .orElseThrow(() -> DeliveryProblem.caseNotRegistered(caseId));
            var facts = CaseFacts.of(registered);
            parts.cases().add(facts);
            return facts;
        });
    }

    private List<Service> serve(
            Request request, CaseFacts facts, DocumentHash hash, DeliveryAccess.@Nullable StaffMember actor) {
        var stored = parts.documents().open(hash).orElseThrow(() -> DeliveryProblem.unknownDocument(hash.value()));
        var number = facts.caseNumber().toString();
        if (stored.caseReference() != null && !stored.caseReference().equals(number)) {
            throw DeliveryProblem.documentOfAnotherCase(stored.caseReference());
        }
        var title = request.title() == null || request.title().isBlank() ? stored.title() : request.title();
        var document = new ServedDocument(hash, title, request.kind());
        var outline = parts.access().outline(request.caseId());
        var served = new ArrayList<Service>();
        for (var party : recipients(request, outline)) {
            var recipient = new Recipient(party.identification(), party.name(), party.role(), party.account(), false);
            var route = RoutePlanner.plan(
                    recipient,
                    addresses.current(party.identification()),
                    party.account() != null && party.account().equals(outline.filer()),
                    profileEmail(party.account()));
            var service = Service.request(
                    request.caseId(),
                    number,
                    facts.court(),
                    document,
                    recipient,
                    route,
                    actor == null ? "system" : actor.username(),
                    clock.instant(),
                    this::token);
            services.add(service);
            nodes.sent(service, actor);
            reminders.sent(service);
            parts.access()
                    .recorded(
                            actor == null ? "system" : actor.username(),
                            ACTION,
                            service.id().toString(),
                            "case",
                            request.caseId().toString(),
                            "document",
                            hash.value(),
                            "kind",
                            request.kind().name());
            served.add(service);
        }
        sender.afterCommit(served.stream().map(Service::id).toList());
        return served;
    }

    private List<Party> recipients(Request request, CaseOutline outline) {
        var chosen = new LinkedHashMap<String, Party>();
        for (var reference : request.parties()) {
            var party = outline.parties().stream()
                    .filter(candidate -> PartyReference.of(outline.caseId().value(), candidate.identification())
                            .equals(reference.strip()))
                    .findFirst()
                    .orElseThrow(() -> DeliveryProblem.unknownParty(reference));
            chosen.put(party.identification(), party);
        }
        outline.parties().stream()
                .filter(party -> request.roles().contains(party.role()))
                .forEach(party -> chosen.putIfAbsent(party.identification(), party));
        if (chosen.isEmpty()) {
            throw DeliveryProblem.noRecipients();
        }
        return List.copyOf(chosen.values());
    }

    private @Nullable EmailAddress profileEmail(@Nullable String account) {
        if (account == null) {
            return null;
        }
        return parts.profiles()
                .profile(account)
                .map(profile -> profile.email())
                .filter(EmailAddress::isValid)
                .map(EmailAddress::parse)
                .orElse(null);
    }

    private String token() {
        var bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean isPdf(byte[] content) {
        if (content.length < PDF_MAGIC.length) {
            return false;
        }
        for (var i = 0; i < PDF_MAGIC.length; i++) {
            if (content[i] != PDF_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }
}
