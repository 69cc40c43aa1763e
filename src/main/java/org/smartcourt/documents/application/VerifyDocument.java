package org.smartcourt.documents.application;

import org.jspecify.annotations.Nullable;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.documents.domain.SealRegister;
import org.smartcourt.documents.domain.Verdict;
import org.smartcourt.documents.domain.VerificationCode;
import org.smartcourt.documents.domain.VerificationReport;
import org.smartcourt.documents.sealing.CourtSeals;
import org.smartcourt.documents.sealing.SignatureCheck;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Says whether a document is genuine. A PDF is genuine when its seal verifies over every byte, the seal comes from a
 * trusted authority, and the platform's register holds a sealed document with exactly this SHA-256, so that a change to
 * any byte, even one the signature does not cover, fails. A code alone names a document in the register.
 */
@Component
public class VerifyDocument {

    private final CourtSeals seals;
    private final SealRegister register;
    private final AuditTrail audit;

    VerifyDocument(CourtSeals seals, SealRegister register, AuditTrail audit) {
        this.seals = seals;
        this.register = register;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public VerificationReport byCode(VerificationCode code) {
        var report = register.find(code)
                .map(VerificationReport::genuine)
                .orElseGet(() -> VerificationReport.of(Verdict.UNKNOWN_CODE, null));
        return audited(report, "code:" + code.value());
    }

    /**
     * @param code the code printed on the document, when the person also typed it; the file must then be the document
     *     issued under that code
     */
    @Transactional(readOnly = true)
    public VerificationReport byFile(byte[] pdf, @Nullable VerificationCode code) {
        var hash = DocumentHash.of(pdf);
        var check = new SignatureCheck(seals.authorityCertificate(), seals.importedCertificates()).check(pdf);
        if (check.verdict() != Verdict.GENUINE) {
            return audited(VerificationReport.of(check.verdict(), hash), hash.value());
        }
        if (code != null) {
            var named = register.find(code);
            if (named.isEmpty()) {
                return audited(VerificationReport.of(Verdict.UNKNOWN_CODE, hash), hash.value());
            }
            if (!named.get().hash().equals(hash)) {
                return audited(VerificationReport.of(Verdict.ALTERED, hash), hash.value());
            }
        }
        var report = register.find(hash)
                .map(VerificationReport::genuine)
                // A valid seal over bytes the platform never issued: changed in a way the signature does not cover.
                .orElseGet(() -> VerificationReport.of(Verdict.ALTERED, hash));
        return audited(report, hash.value());
    }

    private VerificationReport audited(VerificationReport report, String subject) {
        audit.record(AuditRecord.of(
                        "anonymous",
                        "documents.verified",
                        subject,
                        report.verdict() == Verdict.GENUINE ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE)
                .with("verdict", report.verdict().name()));
        return report;
    }
}
