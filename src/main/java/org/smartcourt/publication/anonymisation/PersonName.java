package org.smartcourt.publication.anonymisation;

import java.util.ArrayList;
import java.util.List;

/** How a natural person's name is shortened for publication (法释〔2016〕19号 Art. 9). */
public final class PersonName {

    private PersonName() {}

    /**
     * The shortened form before collisions are numbered.
     *
     * <ul>
     *   <li>English (Latin-script) names: the first letter only, the rest deleted (Art. 9 (3)): John Smith → J;
     *   <li>minority names and transliterations (with a middle dot, or recognised as transliterated): the first
     *       character and 某 (Art. 9 (2), (3)): 阿不都热合曼·买买提 → 阿某;
     *   <li>Han names: the surname and 某, keeping both characters of a compound surname (Art. 9 (1)): 欧阳娜娜 → 欧阳某.
     * </ul>
     */
    public static String shorten(String name, boolean transliterated) {
        var trimmed = name.strip();
        var firstLatin = trimmed.codePoints().filter(PersonName::isLatin).findFirst();
        if (firstLatin.isPresent()) {
            return Character.toString(Character.toUpperCase(firstLatin.getAsInt()));
        }
        if (transliterated || isTransliterated(trimmed)) {
            return Character.toString(trimmed.codePointAt(0)) + "某";
        }
        var compound = Surnames.compoundOf(trimmed);
        if (!compound.isEmpty()) {
            return compound + "某";
        }
        return Character.toString(trimmed.codePointAt(0)) + "某";
    }

    /** Minority names and transliterations are written with a middle dot between their parts. */
    public static boolean isTransliterated(String name) {
        return name.indexOf('·') >= 0 || name.indexOf('•') >= 0 || name.indexOf('・') >= 0 || name.indexOf('‧') >= 0;
    }

    /**
     * Other ways the same person is referred to later in a judgment: the given name alone (王建国 → 建国) and the first
     * part of a dotted name (阿不都热合曼·买买提 → 阿不都热合曼). Only parts of two characters or more.
     */
    public static List<String> aliases(String name) {
        var aliases = new ArrayList<String>();
        aliases.add(name);
        if (name.codePoints().anyMatch(PersonName::isLatin)) {
            return aliases;
        }
        if (isTransliterated(name)) {
            var first = name.split("[·•・‧]")[0];
            if (first.length() >= 2) {
                aliases.add(first);
            }
            return aliases;
        }
        var surname = Surnames.compoundOf(name);
        var surnameLength = surname.isEmpty() ? 1 : surname.length();
        if (name.length() - surnameLength >= 2 && name.length() <= 4) {
            aliases.add(name.substring(surnameLength));
        }
        return aliases;
    }

    private static boolean isLatin(int codePoint) {
        return (codePoint >= 'A' && codePoint <= 'Z') || (codePoint >= 'a' && codePoint <= 'z');
    }
}
