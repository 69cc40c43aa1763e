package org.smartcourt.publication.catalogue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.CaseNumber;

/**
 * Reads the heading, case number, date and cause of a Chinese judgment. Judgments follow the SPC's formats
 * (《法院诉讼文书样式》): court name, document title, case number; the date in Chinese numerals above the clerk.
 */
public final class JudgmentHeaders {

    private static final List<String> DOCUMENT_TYPES = List.of("判决书", "裁定书", "调解书", "决定书", "通知书", "支付令");

    private static final Pattern TITLE =
            Pattern.compile("(刑事附带民事|刑事|民事|行政|执行|国家赔偿|赔偿)?(判决书|裁定书|调解书|决定书|驳回申诉通知书|通知书|支付令)");

    private static final Pattern COURT = Pattern.compile("(\\p{IsHan}{2,30}?(?:人民法院|法院|法庭))");

    // Case numbers since 2016 （2017）沪0120刑初684号 and before （2015）嘉刑初字第1987号.
    private static final Pattern CASE_NUMBER =
            Pattern.compile("[（(](\\d{4})[）)](\\p{IsHan}[\\p{IsHan}\\d]{0,15}?)(?:字)?第?(\\d{1,9})号");

    private static final Pattern DATE = Pattern.compile(
            "([〇零一二三四五六七八九○Ｏ0-9]{4})\\s*年\\s*([一二三四五六七八九十0-9]{1,3})\\s*月\\s*([一二三四五六七八九十0-9]{1,4})\\s*日");

    private static final Pattern CHARGE = Pattern.compile("犯(\\p{IsHan}{2,20}?罪)");
    private static final Pattern CIVIL_CAUSE = Pattern.compile("(\\p{IsHan}{2,20}?纠纷)");

    private JudgmentHeaders() {}

    /**
     * @param knownCaseType whether a string is a case-type code of the SPC standard
     */
    public static JudgmentHeader read(String text, Predicate<String> knownCaseType) {
        var head = text.substring(0, Math.min(text.length(), 300));
        var number = CASE_NUMBER.matcher(head);
        boolean numbered = number.find();
        var beforeNumber = numbered ? head.substring(0, number.start()) : head;
        var title = TITLE.matcher(beforeNumber);
        String documentTitle = "判决书";
        while (title.find()) {
            documentTitle = title.group();
        }
        var type = documentTitle;
        var documentType =
                DOCUMENT_TYPES.stream().filter(type::endsWith).findFirst().orElse("判决书");
        var court = COURT.matcher(beforeNumber);
        String courtName = null;
        while (court.find()) {
            courtName = court.group(1);
        }
        String caseNumber = null;
        Integer year = null;
        String caseType = null;
        if (numbered) {
            caseNumber = number.group().strip();
            year = Integer.parseInt(number.group(1));
            var middle = number.group(2);
            caseType = CaseNumber.parse(caseNumber)
                    .map(CaseNumber::typeCode)
                    .filter(knownCaseType)
                    .orElseGet(() -> typeCodeOf(middle, knownCaseType));
        }
        return new JudgmentHeader(
                courtName, documentType, documentTitle, caseNumber, year, caseType, decidedOn(text), cause(text));
    }

    /** Pre-2016 numbers put the court's short name before the type: 嘉刑初, 临罗刑一初, 杭江刑初. */
    static @Nullable String typeCodeOf(String middle, Predicate<String> knownCaseType) {
        var letters = middle.replaceAll("[\\d一二三四五六七八九十]", "");
        for (int start = 0; start < letters.length(); start++) {
            var candidate = letters.substring(start);
            if (knownCaseType.test(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The last date of the document: the date of decision printed above the clerk's name. */
    static @Nullable LocalDate decidedOn(String text) {
        var tail = text.substring(Math.max(0, text.length() - 400));
        Matcher matcher = DATE.matcher(tail);
        LocalDate last = null;
        while (matcher.find()) {
            try {
                last = LocalDate.of(digits(matcher.group(1)), number(matcher.group(2)), number(matcher.group(3)));
            } catch (DateTimeException | NumberFormatException notADate) {
                // a garbled date is no date
            }
        }
        return last;
    }

    static @Nullable String cause(String text) {
        var charge = CHARGE.matcher(text);
        if (charge.find()) {
            return charge.group(1).replaceFirst("^(?:以|涉嫌)", "");
        }
        var civil = CIVIL_CAUSE.matcher(text.substring(0, Math.min(text.length(), 600)));
        return civil.find() ? civil.group(1) : null;
    }

    private static int digits(String year) {
        var out = new StringBuilder();
        for (var c : year.toCharArray()) {
            out.append(digit(c));
        }
        return Integer.parseInt(out.toString());
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇', '零', '○', 'Ｏ', '0' -> 0;
            case '一', '1' -> 1;
            case '二', '2' -> 2;
            case '三', '3' -> 3;
            case '四', '4' -> 4;
            case '五', '5' -> 5;
            case '六', '6' -> 6;
            case '七', '7' -> 7;
            case '八', '8' -> 8;
            case '九', '9' -> 9;
            default -> throw new NumberFormatException("Not a digit: " + c);
        };
    }

    /** 一 to 三十一, or Arabic digits. */
    static int number(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        int ten = text.indexOf('十');
        if (ten < 0) {
            return digit(text.charAt(0));
        }
        int tens = ten == 0 ? 1 : digit(text.charAt(0));
        int units = ten == text.length() - 1 ? 0 : digit(text.charAt(ten + 1));
        return tens * 10 + units;
    }
}
