package org.smartcourt.delivery.domain;

/** The periods the service of a document starts for its recipient. */
public enum PeriodKind {
    /** 答辩期. */
    ANSWER,
    /** 上诉期. */
    APPEAL
}
