package org.smartcourt.fees.domain;

import java.util.List;

/** A rule an application or a decision breaks, with the values its message shows. */
public record ReliefViolation(ReliefRule rule, List<String> arguments) {

    public ReliefViolation {
        arguments = List.copyOf(arguments);
    }

    static ReliefViolation of(ReliefRule rule, String... arguments) {
        return new ReliefViolation(rule, List.of(arguments));
    }
}
