package org.smartcourt.docket;

/** The 审理程序 a first-instance civil case is heard under (CPL ch. 12, 13 and Art. 165–169). */
public enum Procedure {
    /** 普通程序. */
    ORDINARY,
    /** 简易程序. */
    SUMMARY,
    /** 小额诉讼程序, a variant of summary procedure. */
    SMALL_CLAIMS
}
