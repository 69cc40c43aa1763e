package org.smartcourt.docket;

import java.time.Instant;
import org.smartcourt.shared.CaseNumber;

/**
 * A judge (承办法官) was assigned to a registered case.
 *
 * @param method RANDOM, RULE or MANUAL
 */
public record JudgeAssigned(CaseId caseId, CaseNumber caseNumber, String judge, String method, Instant assignedAt) {}
