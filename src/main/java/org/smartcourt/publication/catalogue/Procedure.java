package org.smartcourt.publication.catalogue;

import org.jspecify.annotations.Nullable;

/** The stage of proceedings a judgment ends, read from its case-type code (类型代字). */
public enum Procedure {
    /** 初: first instance. */
    FIRST_INSTANCE,
    /** 终: second instance (appeal). */
    SECOND_INSTANCE,
    /** 再, 申, 监, 抗: retrial and trial supervision. */
    RETRIAL,
    /** Any other stage (enforcement, preservation, special procedures). */
    OTHER;

    /** 法〔2015〕137号 Annex: the last character of the type code names the stage (刑初, 民终, 行再, 民申). */
    public static Procedure of(@Nullable String typeCode) {
        if (typeCode == null || typeCode.isEmpty()) {
            return OTHER;
        }
        if (typeCode.endsWith("初")) {
            return FIRST_INSTANCE;
        }
        if (typeCode.endsWith("终")) {
            return SECOND_INSTANCE;
        }
        if (typeCode.endsWith("再") || typeCode.endsWith("申") || typeCode.endsWith("监") || typeCode.endsWith("抗")) {
            return RETRIAL;
        }
        return OTHER;
    }
}
