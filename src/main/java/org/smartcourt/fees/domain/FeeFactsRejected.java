package org.smartcourt.fees.domain;

import java.util.List;

/** Facts from which no fee can be computed; {@link Reason} names why, {@code arguments} fill in the message. */
public class FeeFactsRejected extends RuntimeException {

    /** Why facts are refused; each has a message {@code fees.problem.<key>} in the fees bundle. */
    public enum Reason {
        AMOUNT_NOT_POSITIVE("amountNotPositive"),
        AMOUNT_REQUIRED("amountRequired"),
        OUTSIDE_RANGE("outsideRange"),
        NO_RANGE("noRange"),
        UNKNOWN_PROVINCE("unknownProvince"),
        NO_SCHEDULE_IN_FORCE("noScheduleInForce"),
        SUMMARY_PROCEDURE_ONLY_AT_FIRST_INSTANCE("summaryOnlyAtFirstInstance");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String messageKey() {
            return "fees.problem." + key;
        }
    }

    private final Reason reason;
    private final List<String> arguments;

    public FeeFactsRejected(Reason reason, String... arguments) {
        super(reason + " " + String.join(", ", arguments));
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    public List<String> arguments() {
        return arguments;
    }
}
