package org.smartcourt.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the platform speaks; Simplified Chinese is the default. */
public enum Language {
    ZH_CN(Locale.SIMPLIFIED_CHINESE, "zh-CN", "中文"),
    EN(Locale.ENGLISH, "en", "English");

    public static final Language DEFAULT = ZH_CN;

    private final Locale locale;
    private final String tag;
    private final String nativeName;

    Language(Locale locale, String tag, String nativeName) {
        this.locale = locale;
        this.tag = tag;
        this.nativeName = nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /** The BCP 47 tag, as used in {@code lang} attributes and the {@code lang} request parameter. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as shown in a language switch. */
    public String nativeName() {
        return nativeName;
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }

    /** The supported language closest to {@code locale}: same language, any region. */
    public static Optional<Language> of(Locale locale) {
        return Arrays.stream(values())
                .filter(language -> language.locale.getLanguage().equals(locale.getLanguage()))
                .findFirst();
    }
}
