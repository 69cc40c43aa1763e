package org.smartcourt.notifications.domain;

import java.time.LocalDate;

/** A date written in Chinese numerals, as court documents date themselves: 二〇二六年十一月二十九日. */
public final class ChineseDate {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseDate() {}

    public static String of(LocalDate date) {
        var year = new StringBuilder();
        for (char digit : Integer.toString(date.getYear()).toCharArray()) {
            year.append(DIGITS.charAt(digit - '0'));
        }
        return year + "年" + number(date.getMonthValue()) + "月" + number(date.getDayOfMonth()) + "日";
    }

    /** 1 to 31 in words: 十, 十一, 二十, 二十一, 三十一. */
    static String number(int value) {
        if (value < 1 || value > 31) {
            throw new IllegalArgumentException("Not a month or day: " + value);
        }
        var tens = value / 10;
        var units = value % 10;
        var text = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
        return units == 0 ? text : text + DIGITS.charAt(units);
    }
}
