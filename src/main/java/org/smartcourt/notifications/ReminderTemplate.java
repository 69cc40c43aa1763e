package org.smartcourt.notifications;

/**
 * The reminders and alerts other modules may schedule, each written in zh-CN and en and put into words in the
 * recipient's language when it goes out. The arguments are given in the order listed, already formatted (dates as
 * {@code 2026-12-06}, amounts as {@code 1,250.00}).
 */
public enum ReminderTemplate {

    /**
     * The court fees of a case are due (诉讼费用交纳办法 Art. 22 ¶1). Arguments: case number, amount in yuan, last day to
     * pay.
     */
    FEE_DUE(MessageKind.REMINDER, 3),

    /** The period to answer a complaint ends soon (CPL Art. 128). Arguments: case number, last day of the period. */
    ANSWER_PERIOD_ENDING(MessageKind.REMINDER, 2),

    /**
     * A hearing takes place tomorrow. Arguments: case number, time, place. No hearings module schedules it yet; court
     * staff or a later module may.
     */
    HEARING_TOMORROW(MessageKind.REMINDER, 3),

    /** A document was served on the recipient and awaits them on the platform. Arguments: case number, document title. */
    DOCUMENT_AWAITING(MessageKind.ALERT, 2);

    private final MessageKind kind;
    private final int arguments;

    ReminderTemplate(MessageKind kind, int arguments) {
        this.kind = kind;
        this.arguments = arguments;
    }

    /** Reminders and alerts wait out quiet hours and can be unsubscribed from by e-mail and text. */
    public MessageKind kind() {
        return kind;
    }

    /** How many arguments the template takes. */
    public int arguments() {
        return arguments;
    }
}
