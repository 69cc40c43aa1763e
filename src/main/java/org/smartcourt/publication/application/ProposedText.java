package org.smartcourt.publication.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.smartcourt.publication.anonymisation.Anonymised;
import org.smartcourt.publication.anonymisation.Anonymiser;
import org.smartcourt.publication.anonymisation.CaseType;
import org.smartcourt.publication.anonymisation.Judgment;
import org.smartcourt.publication.domain.Correction;
import org.smartcourt.publication.domain.PublicationItem;
import org.springframework.stereotype.Component;

/**
 * The text the court would publish for an item: the anonymiser run with the case record's parties (stage a), its
 * detectors and name recognition (b, c) and the reviewer's corrections (d).
 */
@Component
class ProposedText {

    private final Anonymiser anonymiser;
    private final CaseParties parties;

    ProposedText(Anonymiser anonymiser, CaseParties parties) {
        this.anonymiser = anonymiser;
        this.parties = parties;
    }

    Anonymised of(PublicationItem item) {
        return anonymiser.anonymise(new Judgment(
                item.originalText(),
                caseType(item.caseType()),
                item.profile(),
                parties.of(item.caseId()),
                item.corrections().stream().map(Correction::forAnonymiser).toList()));
    }

    /** The anonymiser needs a known case type; the branch of an unknown one decides (民初 for civil). */
    private static CaseType caseType(String code) {
        if (CaseType.isKnown(code)) {
            return new CaseType(code);
        }
        if (code.startsWith("刑")) {
            return new CaseType("刑初");
        }
        return new CaseType(code.startsWith("行") ? "行初" : "民初");
    }

    /** What a reviewer approves is pinned by this hash: approving a text that changed meanwhile is refused. */
    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
