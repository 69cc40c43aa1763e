package org.smartcourt.publication.anonymisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns each masked person (or organisation) one replacement used everywhere in the document. When two different
 * subjects would get the same replacement, all of them are numbered in the order they first appear: 张某1, 张某2
 * (法释〔2016〕19号 Art. 9: "加阿拉伯数字进行区分").
 */
final class Pseudonyms {

    private Pseudonyms() {}

    /**
     * @param shortenedBySubject subject (full name, in order of first appearance) → shortened form before numbering
     * @return subject → final replacement
     */
    static Map<String, String> number(Map<String, String> shortenedBySubject) {
        var subjectsByShortened = new LinkedHashMap<String, List<String>>();
        shortenedBySubject.forEach((subject, shortened) -> subjectsByShortened
                .computeIfAbsent(shortened, key -> new ArrayList<>())
                .add(subject));
        var result = new LinkedHashMap<String, String>();
        subjectsByShortened.forEach((shortened, subjects) -> {
            for (var i = 0; i < subjects.size(); i++) {
                result.put(subjects.get(i), subjects.size() == 1 ? shortened : numbered(shortened, i + 1));
            }
        });
        return result;
    }

    /** 张某 → 张某2; 某有限公司 → 某2有限公司 (the number follows 某 in organisation names). */
    private static String numbered(String shortened, int number) {
        var mou = shortened.indexOf('某');
        if (mou >= 0 && mou < shortened.length() - 1) {
            return shortened.substring(0, mou + 1) + number + shortened.substring(mou + 1);
        }
        return shortened + number;
    }
}
