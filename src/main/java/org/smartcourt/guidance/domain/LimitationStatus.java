package org.smartcourt.guidance.domain;

/** Where a limitation period stands on a given day. */
public enum LimitationStatus {
    /** No limitation period applies to this kind of case. */
    NOT_APPLICABLE,
    /** No start date was given, so nothing can be said. */
    UNKNOWN,
    /** The start date lies ahead (the debt is not yet due). */
    NOT_STARTED,
    /** More than six months remain. */
    RUNNING,
    /** Six months or less remain: the last stretch, in which only suspension can still help (Civil Code Art. 194). */
    EXPIRING,
    /** The last day has passed, unless the period was suspended or interrupted. */
    EXPIRED
}
