package org.smartcourt.docket.domain;

/** How the judge of a case was chosen. */
public enum AssignmentMethod {
    /** Drawn at random among the court's eligible judges (随机分案). */
    RANDOM,
    /** By a fixed rule: the court's judges in turn, by case serial (按序轮流). */
    RULE,
    /** Designated by the clerk or president (指定分案). */
    MANUAL
}
