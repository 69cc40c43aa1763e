package org.smartcourt.notifications.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The body of a ruling not to accept a case (不予受理民事裁定书), in the shape of the Supreme People's Court's model
 * civil documents: the persons who sued, what the court received, the reasons, the legal basis, the ruling itself and
 * the right of appeal. The court's name, the title and the date under it come from the sealed-document page.
 *
 * @param plaintiffs the persons who sued (起诉人)
 * @param defendants the persons sued (被起诉人)
 * @param receivedOn when the court received the complaint
 * @param reasons why the court does not accept it
 * @param superiorCourt the court an appeal goes to
 */
public record NonAcceptanceRuling(
        List<String> plaintiffs,
        List<String> defendants,
        LocalDate receivedOn,
        List<String> reasons,
        String superiorCourt) {

    /** The title printed on the ruling. */
    public static final String TITLE = "民事裁定书";

    public NonAcceptanceRuling {
        plaintiffs = List.copyOf(plaintiffs);
        defendants = List.copyOf(defendants);
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(superiorCourt, "superiorCourt");
        if (plaintiffs.isEmpty()) {
            throw new IllegalArgumentException("A ruling names who sued");
        }
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A ruling not to accept a case gives its reasons");
        }
    }

    /** Well-formed XHTML for the document body; every name and reason is escaped. */
    public String xhtmlBody() {
        var body = new StringBuilder();
        plaintiffs.forEach(name -> paragraph(body, "起诉人：" + name + "。"));
        defendants.forEach(name -> paragraph(body, "被起诉人：" + name + "。"));
        var suers = String.join("、", plaintiffs);
        paragraph(body, ChineseDate.of(receivedOn) + "，本院收到" + suers + "的起诉状。");
        paragraph(body, "本院经审查认为，" + reasonsText() + "。起诉不符合法律规定的起诉条件。");
        // CPL Art. 126: a complaint that does not meet the conditions of Art. 122 is refused by ruling within 7 days.
        paragraph(body, "依照《中华人民共和国民事诉讼法》第一百二十二条、第一百二十六条规定，裁定如下：");
        paragraph(body, "对" + suers + "的起诉，本院不予受理。");
        // CPL Art. 157(1)(一) makes a refusal appealable; Art. 171: appeal within 10 days of service to the
        // court at the next level up.
        paragraph(body, "如不服本裁定，可以在裁定书送达之日起十日内，向本院递交上诉状，上诉于" + superiorCourt + "。");
        return body.toString();
    }

    private String reasonsText() {
        return reasons.stream().map(NonAcceptanceRuling::withoutFinalStop).collect(Collectors.joining("；"));
    }

    private static String withoutFinalStop(String reason) {
        var text = reason.strip();
        while (text.endsWith("。") || text.endsWith(".") || text.endsWith("；")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    private static void paragraph(StringBuilder body, String text) {
        body.append("<p style=\"text-indent: 2em; margin: 0 0 2mm 0;\">")
                .append(escaped(text))
                .append("</p>");
    }

    /** Escapes what XML gives a meaning to, so that a party's name cannot break the document. */
    static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
