package org.smartcourt.filing.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.courts.CaseTypeCode;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.docket.AmountInDispute;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.CauseOfAction;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.NewCase;
import org.smartcourt.docket.NewNode;
import org.smartcourt.docket.Party;
import org.smartcourt.docket.PartyKind;
import org.smartcourt.docket.PartyRole;
import org.smartcourt.docket.Procedure;
import org.smartcourt.docket.Representative;
import org.smartcourt.filing.domain.AmountInDisputeRule;
import org.smartcourt.filing.domain.AttachmentKind;
import org.smartcourt.filing.domain.ConcurrentDraftChange;
import org.smartcourt.filing.domain.Draft;
import org.smartcourt.filing.domain.DraftStatus;
import org.smartcourt.filing.domain.Drafts;
import org.smartcourt.filing.domain.ElementSchema;
import org.smartcourt.filing.domain.Filers;
import org.smartcourt.filing.domain.Label;
import org.smartcourt.filing.domain.Violation;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a complete draft at the chosen court: the complaint is generated if it is not yet, the docket opens the case,
 * the complaint and attachments become a node of its timeline, and the draft is marked submitted — all in one
 * transaction, so that a failure at any step (the draft changed meanwhile, a second submission won) leaves no case
 * and an unchanged draft. Submitting a submitted draft again answers with its case.
 */
@Component
public class SubmitFiling {

    private static final Label POWER_OF_ATTORNEY = new Label("授权委托书", "Power of attorney");

    private final DraftAccess access;
    private final Drafts drafts;
    private final Schemas schemas;
    private final ComplaintRendering rendering;
    private final Filers filers;
    private final Docket docket;
    private final Clock clock;

    SubmitFiling(
            DraftAccess access,
            Drafts drafts,
            Schemas schemas,
            ComplaintRendering rendering,
            Filers filers,
            Docket docket,
            Clock clock) {
        this.access = access;
        this.drafts = drafts;
        this.schemas = schemas;
        this.rendering = rendering;
        this.filers = filers;
        this.docket = docket;
        this.clock = clock;
    }

    /**
     * @param lawyer whether the filer acts as a lawyer (role LAWYER) for a client
     * @param expectedVersion the draft version the filer saw and submits; null for the current one
     */
    @Transactional
    public CaseId submit(UUID id, String user, boolean lawyer, @Nullable Long expectedVersion) {
        var draft = access.load(id, user, "filing.submitted");
        if (draft.status() == DraftStatus.SUBMITTED) {
            return new CaseId(java.util.Objects.requireNonNull(draft.caseId()));
        }
        // 在线诉讼规则 Art. 7: only a real-name verified account may file.
        var filer = filers.of(user).filter(profile -> profile.verified()).orElseThrow(FilingProblems::notVerified);
        var schema = schemas.of(draft);
        var complaint = draft.complaintHash() != null
                ? draft.complaintHash()
                : rendering.render(draft, schema).value();
        var representatives = representatives(draft, lawyer, filer.licenceNumber(), user);
        var caseId = docket.open(newCase(draft, schema, representatives, user));
        var documents = new ArrayList<String>();
        documents.add(complaint);
        draft.attachments().forEach(attachment -> documents.add(attachment.hash()));
        docket.recordNode(
                caseId,
                new NewNode(
                        lawyer ? ActorRole.REPRESENTATIVE : ActorRole.FILER,
                        null,
                        "filing.node.materials",
                        List.of(String.valueOf(draft.attachments().size())),
                        documents.stream().distinct().toList(),
                        null));
        var loaded = expectedVersion == null ? draft.version() : expectedVersion;
        if (draft.complaintHash() == null) {
            draft.complaintGenerated(complaint, clock.instant());
        }
        draft.submitted(caseId.value(), clock.instant());
        try {
            drafts.save(draft, loaded);
        } catch (ConcurrentDraftChange e) {
            // Rolls back the case opened above with everything else.
            throw FilingProblems.changedMeanwhile(id);
        }
        return caseId;
    }

    private List<Representative> representatives(Draft draft, boolean lawyer, @Nullable String licence, String user) {
        if (!lawyer) {
            return List.of();
        }
        // CPL Art. 62: a representative files the power of attorney signed by the party.
        if (!draft.hasAttachment(AttachmentKind.POWER_OF_ATTORNEY)) {
            throw new ElementsRejected(List.of(
                    Violation.of("attachments.powerOfAttorney", "filing.error.powerOfAttorney", POWER_OF_ATTORNEY)));
        }
        if (licence == null) {
            throw FilingProblems.noLicence();
        }
        var plaintiffs = draft.answers().parties().stream()
                .filter(party -> "PLAINTIFF".equals(party.role()))
                .map(party -> String.valueOf(party.identification()))
                .toList();
        var client = draft.answers().represented() == null
                ? plaintiffs.get(0)
                : draft.answers().represented();
        if (!plaintiffs.contains(client)) {
            throw new ElementsRejected(
                    List.of(Violation.of("represented", "filing.error.represented", new Label("被代理人", "Client"))));
        }
        return List.of(new Representative(user, licence, client));
    }

    private static NewCase newCase(
            Draft draft, ElementSchema schema, List<Representative> representatives, String user) {
        var parties = draft.answers().parties().stream()
                .map(party -> new Party(
                        PartyRole.valueOf(party.role()),
                        PartyKind.valueOf(party.kind()),
                        String.valueOf(party.name()),
                        String.valueOf(party.identification()),
                        party.account()))
                .toList();
        var procedure = draft.answers().procedure() == null
                ? Procedure.ORDINARY
                : Procedure.valueOf(draft.answers().procedure());
        return new NewCase(
                CourtCode.of(draft.court()),
                CaseTypeCode.of(schema.caseTypeCode()),
                procedure,
                CauseOfAction.named(schema.cause()),
                new AmountInDispute(AmountInDisputeRule.sum(schema, draft.answers())),
                parties,
                representatives,
                user);
    }
}
