package org.smartcourt.filing.domain;

import java.util.Locale;

/** A text of a schema in both platform languages; generated legal documents use the Chinese one. */
public record Label(String zh, String en) {

    public Label {
        if (zh == null || zh.isBlank() || en == null || en.isBlank()) {
            throw new IllegalArgumentException("A label needs a Chinese and an English text");
        }
    }

    /** The text for this locale: English for English, Chinese otherwise. */
    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }
}
