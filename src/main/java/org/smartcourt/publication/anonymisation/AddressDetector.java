package org.smartcourt.publication.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Addresses below county level (法释〔2016〕19号 Art. 10 ¶1 (1) deletes the home address; Art. 11 keeps the county or
 * district of domicile). The province, city and county/district stay; the town, street, road, village, compound,
 * building and number go. Two shapes: an address after a residence word (住, 住址, 户籍地, 暂住地, 现住, 家住…), and a
 * street or compound with a house number anywhere in the text (福泉路123弄45号601室).
 */
public final class AddressDetector implements Detector {

    static final String RULE = "2016规定第十条·住址(保留县区)";
    /** An organisation's domicile: kept under the 2016 rule (Art. 11), masked under the 2024 practice. */
    static final String ORGANISATION_DOMICILE_RULE = "2024实践·组织住所(保留县区)";

    static final String REPLACEMENT = "××";

    private static final String ADMIN_PREFIX = "(?:本省|本市|本区|本县|[\\p{IsHan}]{2,7}?(?:省|自治区))?"
            + "(?:本市|[\\p{IsHan}]{1,7}?(?:自治州|市|州|地区|盟))?"
            + "(?:本区|本县|[\\p{IsHan}]{1,10}?(?:自治县|县|区|旗|市))?";

    private static final Pattern AFTER_CUE =
            Pattern.compile("(住址|住所地|住所|户籍所在地|户籍地址|户籍地|暂住地|暂住|现住址|现住|家住|经常居住地|居住地|住)[：:]?(?:于|在)?"
                    + "((?>" + ADMIN_PREFIX + "))"
                    + "([\\p{IsHan}0-9A-Za-z\\-－#＃]{1,40})");

    /** 住院, 住宿, 住房, 住宅, 住处, 住社区, 住户: the residence word is part of another word. */
    private static final Pattern NOT_AN_ADDRESS = Pattern.compile("院|宿|房|宅|处|户|期间|社区|人口|的");

    private static final Pattern ADDRESS_MARKER =
            Pattern.compile("[路街巷弄村镇乡组号栋幢室楼屯寨]|街道|社区|小区|花园|大厦|公寓|家园|新村|农场|作业区|开发区|工业园");

    private static final String UNIT = "(?:号楼|号院|号|弄|栋|幢|单元|楼|层|室|户|组)";
    private static final String NUMBER = "(?:[0-9A-Za-z]{1,6}|[一二三四五六七八九十百]{1,4})";
    private static final Pattern HOUSE_NUMBER =
            Pattern.compile(NUMBER + UNIT + "(?:[-－]?" + NUMBER + UNIT + ")*(?:[-－]\\d{1,5})?");

    /** A street or compound name ends with one of these right before its house number. */
    private static final Pattern STREET_END =
            Pattern.compile("(?:路|街|大街|大道|巷|胡同|弄|里|村|社区|小区|花园|花城|家园|公寓|新村|苑|大厦|广场|城|园|庭|府|湾|居|阁|坊|座)$");

    /** Where a street name starts when scanning back: after a county-level name or a verb or preposition. */
    private static final String STOP = "省市区县旗镇乡在至于到住往从的即位及和与、入进来窜回去向经被将把对";

    @Override
    public List<Redaction> detect(String text) {
        var found = new ArrayList<Redaction>();
        var cue = AFTER_CUE.matcher(text);
        while (cue.find()) {
            var tail = cue.group(3);
            if (NOT_AN_ADDRESS.matcher(text).region(cue.start(2), text.length()).lookingAt()) {
                continue;
            }
            if (cue.group(2).isEmpty() && !startsLikeAnAddress(tail)) {
                continue;
            }
            var rule = isOrganisationDomicile(text, cue.start(), cue.group(1)) ? ORGANISATION_DOMICILE_RULE : RULE;
            found.add(new Redaction(cue.start(3), cue.end(3), Category.ADDRESS, rule, REPLACEMENT));
        }
        var house = HOUSE_NUMBER.matcher(text);
        while (house.find()) {
            var start = streetStart(text, house.start());
            if (start < house.start()) {
                var span = new Redaction(start, house.end(), Category.ADDRESS, RULE, REPLACEMENT);
                if (found.stream().noneMatch(span::overlaps)) {
                    found.add(span);
                }
            }
        }
        return found;
    }

    /** Without a province, city or county, the tail must name a street, village or the like within a few characters. */
    private static boolean startsLikeAnAddress(String tail) {
        if ("及均为是在和与的对".indexOf(tail.charAt(0)) >= 0) {
            return false;
        }
        var marker = ADDRESS_MARKER.matcher(tail);
        return marker.find() && marker.start() <= 10;
    }

    /** The start of the street or compound name before a house number, or the house number itself if there is none. */
    private static int streetStart(String text, int numberStart) {
        var start = numberStart;
        while (start > 0
                && numberStart - start < 12
                && Character.UnicodeScript.of(text.codePointAt(start - 1)) == Character.UnicodeScript.HAN
                && STOP.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        var name = text.substring(start, numberStart);
        return STREET_END.matcher(name).find() ? start : numberStart;
    }

    /** A 住所(地) within the same sentence as an organisation's name belongs to that organisation. */
    private static boolean isOrganisationDomicile(String text, int cueStart, String cueWord) {
        if (!cueWord.startsWith("住所")) {
            return false;
        }
        var sentenceStart = Math.max(
                Math.max(text.lastIndexOf('。', cueStart), text.lastIndexOf('\n', cueStart)),
                text.lastIndexOf('；', cueStart));
        var before = text.substring(sentenceStart + 1, cueStart);
        return OrganisationName.SUFFIXES.stream().anyMatch(before::contains);
    }
}
