package org.smartcourt.docket.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The judge assigned to a case, how, and when.
 *
 * @param judge the judge's username
 * @param judgeName the judge's public name, as printed on court documents; null when the directory has none
 */
public record JudgeAssignment(String judge, @Nullable String judgeName, AssignmentMethod method, Instant assignedAt) {

    public JudgeAssignment {
        if (judge == null || judge.isBlank()) {
            throw new IllegalArgumentException("An assignment names a judge");
        }
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(assignedAt, "assignedAt");
    }

    /** The name shown on the timeline; a dash when the directory has no public name. */
    public String judgePublicName() {
        return judgeName == null ? "—" : judgeName;
    }
}
