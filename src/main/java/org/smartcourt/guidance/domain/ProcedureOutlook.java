package org.smartcourt.guidance.domain;

import java.util.List;
import java.util.Objects;

/** Whether a case may be heard under a procedure, and the conditions that decide it. */
public record ProcedureOutlook(TrialProcedure procedure, Likelihood likelihood, List<Condition> conditions) {

    /** How likely the procedure is for the case. */
    public enum Likelihood {
        /** The procedure the case will most likely be heard under. */
        LIKELY,
        /** Possible, if the conditions listed hold. */
        POSSIBLE,
        /** Ruled out by one of the conditions listed. */
        EXCLUDED
    }

    public ProcedureOutlook {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(likelihood, "likelihood");
        conditions = List.copyOf(conditions);
    }

    public boolean excluded() {
        return likelihood == Likelihood.EXCLUDED;
    }
}
