package org.smartcourt.publication.domain;

import org.jspecify.annotations.Nullable;
import org.smartcourt.publication.catalogue.Procedure;

/** The title China Judgments Online lists a document under: cause, stage, document (民间借贷纠纷一审民事判决书). */
public final class PublishedTitle {

    private PublishedTitle() {}

    public static String of(@Nullable String cause, String caseType, String documentTitle) {
        var stage = switch (Procedure.of(caseType)) {
            case FIRST_INSTANCE -> "一审";
            case SECOND_INSTANCE -> "二审";
            case RETRIAL -> "再审";
            case OTHER -> "";
        };
        return (cause == null ? "" : cause) + stage + documentTitle;
    }
}
