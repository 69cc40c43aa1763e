package org.smartcourt.filing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** How values appear in a generated pleading: Chinese dates, yuan with two decimals, XML-escaped text. */
public final class Printed {

    private static final String[] DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private Printed() {}

    public static String escape(@Nullable String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length());
        for (var c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** 2024年3月7日. */
    public static String date(@Nullable String iso) {
        if (iso == null) {
            return "";
        }
        try {
            var date = LocalDate.parse(iso);
            return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** 100000.00元. */
    public static String yuan(@Nullable String amount) {
        if (amount == null) {
            return "";
        }
        try {
            return yuan(new BigDecimal(amount.replace(",", "").replace("，", "")));
        } catch (NumberFormatException e) {
            return amount;
        }
    }

    public static String yuan(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "元";
    }

    /** 二〇二六年十一月二十九日, as the date under a signature is written. */
    public static String chineseDate(LocalDate date) {
        var year = new StringBuilder();
        for (var c : String.valueOf(date.getYear()).toCharArray()) {
            year.append(DIGITS[c - '0']);
        }
        return year + "年" + number(date.getMonthValue()) + "月" + number(date.getDayOfMonth()) + "日";
    }

    private static String number(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        var tens = n / 10;
        var units = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (units == 0 ? "" : DIGITS[units]);
    }

    /** A fact element's value as printed: dates in Chinese, money in yuan, yes/no, the chosen option's label. */
    public static String value(FieldDefinition field, @Nullable String value) {
        if (value == null) {
            return "";
        }
        return switch (field.type()) {
            case DATE -> date(value);
            case MONEY -> yuan(value);
            case PERCENT -> value + "%";
            case BOOLEAN -> "true".equals(value) ? "是" : "否";
            case CHOICE ->
                field.option(value).map(choice -> choice.label().zh()).orElse(value);
            case TEXT -> value;
        };
    }

    /** 原告：张三，男，1990年3月7日出生，汉族，住……，联系电话……，公民身份号码…… */
    public static String party(String title, PartyAnswer party) {
        var line = new StringBuilder(title).append('：').append(nullToEmpty(party.name()));
        if (party.describesPerson()) {
            if (party.gender() != null) {
                line.append('，').append("MALE".equals(party.gender()) ? "男" : "女");
            }
            if (party.birthDate() != null) {
                line.append('，').append(date(party.birthDate())).append("出生");
            }
            if (party.ethnicity() != null) {
                line.append('，').append(party.ethnicity());
            }
            line.append("，住").append(nullToEmpty(party.address()));
            line.append("，公民身份号码：").append(nullToEmpty(party.identification()));
        } else {
            line.append("，住所地：").append(nullToEmpty(party.address()));
            line.append("，统一社会信用代码：").append(nullToEmpty(party.identification()));
            if (party.legalRepresentative() != null) {
                line.append("；法定代表人：").append(party.legalRepresentative());
            }
        }
        if (party.phone() != null) {
            line.append("，联系电话：").append(party.phone());
        }
        return escape(line.append('。').toString());
    }

    /** 原告, 被告, 第三人. */
    public static String roleTitle(@Nullable String role) {
        return switch (role == null ? "" : role) {
            case "PLAINTIFF" -> "原告";
            case "DEFENDANT" -> "被告";
            default -> "第三人";
        };
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
