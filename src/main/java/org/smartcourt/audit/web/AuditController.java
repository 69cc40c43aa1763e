package org.smartcourt.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import org.smartcourt.audit.AuditChain;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final AuditChain chain;
    private final AuditTrail trail;

    AuditController(AuditChain chain, AuditTrail trail) {
        this.chain = chain;
        this.trail = trail;
    }

    @GetMapping("/verification")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Check that the audit log is unbroken", description = "Platform administrators only.")
    AuditChain.Verification verify(Authentication caller) {
        var result = chain.verify();
        trail.record(AuditRecord.of(
                        caller.getName(),
                        "audit.verified",
                        "audit-log",
                        result.intact()
                                ? org.smartcourt.audit.AuditOutcome.SUCCESS
                                : org.smartcourt.audit.AuditOutcome.FAILURE)
                .with("entries", Long.toString(result.entriesChecked())));
        return result;
    }
}
