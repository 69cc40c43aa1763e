package org.smartcourt.publication.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.publication.anonymisation.Anonymised;
import org.smartcourt.publication.anonymisation.Anonymiser;
import org.smartcourt.publication.anonymisation.CaseType;
import org.smartcourt.publication.anonymisation.Judgment;
import org.smartcourt.publication.anonymisation.Party;
import org.smartcourt.publication.anonymisation.Profile;
import org.smartcourt.publication.anonymisation.Role;
import org.springframework.stereotype.Component;

/**
 * Anonymises a judgment for publication on China Judgments Online and records who did it. The text itself never
 * reaches the audit log, only its SHA-256 hash.
 */
@Component
public class AnonymiseJudgment {

    private final Anonymiser anonymiser;
    private final AuditTrail audit;
    private final PublicationProperties properties;

    AnonymiseJudgment(Anonymiser anonymiser, AuditTrail audit, PublicationProperties properties) {
        this.anonymiser = anonymiser;
        this.audit = audit;
        this.properties = properties;
    }

    /**
     * @throws InvalidAnonymisationRequest when the text is missing or too long, or the profile, case type or a
     *     party is not understood
     */
    public Anonymised anonymise(AnonymisationRequest request, String actor) {
        var judgment = validate(request);
        var result = anonymiser.anonymise(judgment);
        audit.record(AuditRecord.of(
                        actor, "publication.anonymised", "sha256:" + sha256(judgment.text()), AuditOutcome.SUCCESS)
                .with("profile", judgment.profile().name())
                .with("caseType", judgment.caseType().code())
                .with("redactions", Integer.toString(result.redactions().size())));
        return result;
    }

    private Judgment validate(AnonymisationRequest request) {
        var text = request.text();
        if (text == null || text.isBlank()) {
            throw new InvalidAnonymisationRequest("text.missing");
        }
        if (text.length() > properties.maxTextLength()) {
            throw new InvalidAnonymisationRequest("text.tooLong", text.length(), properties.maxTextLength());
        }
        var profile = profile(request.profile());
        var caseType = request.caseType();
        if (caseType == null || !CaseType.isKnown(caseType.strip())) {
            throw new InvalidAnonymisationRequest("caseType", String.valueOf(caseType));
        }
        var parties = new ArrayList<Party>();
        for (var entry : request.parties() == null ? List.<AnonymisationRequest.PartyEntry>of() : request.parties()) {
            if (entry == null || entry.name() == null || entry.name().isBlank()) {
                throw new InvalidAnonymisationRequest("party.name");
            }
            var role = entry.role() == null
                    ? Role.OTHER
                    : Role.parse(entry.role())
                            .orElseThrow(() -> new InvalidAnonymisationRequest("party.role", entry.role()));
            parties.add(new Party(entry.name(), role));
        }
        return new Judgment(text, new CaseType(caseType.strip()), profile, parties);
    }

    private static Profile profile(String value) {
        if (value != null) {
            for (var profile : Profile.values()) {
                if (profile.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                    return profile;
                }
            }
        }
        throw new InvalidAnonymisationRequest("profile", String.valueOf(value));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
