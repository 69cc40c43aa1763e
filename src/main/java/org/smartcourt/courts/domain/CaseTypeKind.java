package org.smartcourt.courts.domain;

/** Where a row sits in the three-level case-type standard; only leaves carry a 类型代字. */
public enum CaseTypeKind {
    MAJOR_CATEGORY,
    GROUP,
    LEAF
}
