package org.smartcourt.publication.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.smartcourt.judgments.DecisionKind;

/**
 * What the exclusion rules look at: the kind of document, the case type (类型代字), the cause of action (案由) and the
 * text.
 */
public record DocumentFacts(
        DecisionKind kind, String caseType, @Nullable String cause, String text) {

    public DocumentFacts {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(caseType, "caseType");
        Objects.requireNonNull(text, "text");
    }

    boolean criminal() {
        return caseType.startsWith("刑");
    }

    /** 行初, 行终…; state compensation in administrative cases (行赔) is not an administrative case here. */
    boolean administrative() {
        return caseType.startsWith("行") && !caseType.startsWith("行赔");
    }
}
