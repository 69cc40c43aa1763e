package org.smartcourt.delivery.domain;

import java.time.LocalDate;

/** A date written as court documents date themselves: 2026年11月29日. */
final class ChineseDate {

    private ChineseDate() {}

    static String of(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
