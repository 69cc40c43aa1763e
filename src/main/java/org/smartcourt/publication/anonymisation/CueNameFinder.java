package org.smartcourt.publication.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds names right after a role word (被害人许春辉、袭某某; 证人王五的证言), where statistical recognition often fails on rare
 * given names. A name is a known surname and one or two characters, or a dotted minority name, ended by a list
 * separator or a word that typically follows a name in judgments.
 */
final class CueNameFinder {

    private static final Pattern CUE =
            Pattern.compile("(?:附带民事诉讼原告人|委托诉讼代理人|委托代理人|法定代理人|被告人|被害人|上诉人|鉴定人|证人|原告|被告|第三人)[：:]?");

    private static final String NAME =
            "(?:[\\p{IsHan}]{2,8}·[\\p{IsHan}]{2,8}|(?:%s)[\\p{IsHan}]{1,2}|[\\p{IsHan}][\\p{IsHan}]{1,2})";

    private static final Pattern AFTER_NAME = Pattern.compile("[、，,。；;（(：:的等及和与在向于将被系称到驾证陈供作所因均已未也就即报]");

    private static final Pattern NAME_PATTERN;

    static {
        NAME_PATTERN = Pattern.compile(NAME.formatted(String.join("|", Surnames.COMPOUND)));
    }

    private CueNameFinder() {}

    static List<NameRecogniser.Mention> find(String text) {
        var mentions = new ArrayList<NameRecogniser.Mention>();
        var cue = CUE.matcher(text);
        while (cue.find()) {
            var at = cue.end();
            for (var listed = 0; listed < 12 && at < text.length(); listed++) {
                var end = nameEnd(text, at, listed > 0);
                if (end < 0) {
                    break;
                }
                mentions.add(new NameRecogniser.Mention(at, end, NameRecogniser.Kind.PERSON, false));
                if (end < text.length() && text.charAt(end) == '、') {
                    at = end + 1;
                } else {
                    break;
                }
            }
        }
        return mentions;
    }

    /** Words that start with a surname character but are no name: 家中, 应当, 双方, 多次… */
    private static final Pattern COMMON_WORD =
            Pattern.compile("^(?:家中|家属|家人|家里|方面|应当|应该|于是|全部|双方|多次|明知|平时|文化|经过|经常|经济|成年|车辆|车主|车内|房屋|房间|"
                    + "时间|时候|向其|于当|于次|任某|高某|余款|钱款|钱财|米处|左右|和解|关系|管理|谈话|安全|计算|作为|作案|施工|包括|"
                    + "单位|史某|都是|都在|常住|凌晨|所在|所有|所得|戴着|宁可|宫某|司法|水平|金额|金钱|陈述|陈某|甘愿|那里|那个|"
                    + "伍佰|段落|毛重|能够|苗木|席位|程度|申请|申诉|归还|孔子)");

    private static boolean isCommonWord(String name) {
        return COMMON_WORD.matcher(name).find();
    }

    /**
     * The end of the shortest name at {@code start} that is followed by a separator, or -1. The first name after the
     * role word must start with a known surname; later names of the list (after 、) may have a rare one (袭祥壮).
     */
    private static int nameEnd(String text, int start, boolean listed) {
        var matcher = NAME_PATTERN.matcher(text);
        for (var length = 2; length <= 17 && start + length <= text.length(); length++) {
            matcher.region(start, start + length);
            if (matcher.matches()
                    && start + length < text.length()
                    && AFTER_NAME
                            .matcher(text.substring(start + length, start + length + 1))
                            .matches()) {
                var name = text.substring(start, start + length);
                if (name.indexOf('·') >= 0 || ((listed || Surnames.startsWithSurname(name)) && !isCommonWord(name))) {
                    return start + length;
                }
            }
        }
        return -1;
    }
}
