package org.smartcourt.filing.domain;

/** Evidence a schema suggests for its case type (the model text's 证据清单 hints). */
public record EvidenceSuggestion(String name, Label label) {}
