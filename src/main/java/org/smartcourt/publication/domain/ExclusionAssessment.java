package org.smartcourt.publication.domain;

import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the exclusion rules found: a ground that certainly applies (the document cannot be published in full unless
 * the ground yields to necessity), and grounds the reviewer should check in the text.
 */
public record ExclusionAssessment(@Nullable ExclusionGround applies, Set<ExclusionGround> toCheck) {

    public ExclusionAssessment {
        toCheck = Set.copyOf(toCheck);
    }

    public static ExclusionAssessment none() {
        return new ExclusionAssessment(null, Set.of());
    }

    public Optional<ExclusionGround> ground() {
        return Optional.ofNullable(applies);
    }
}
