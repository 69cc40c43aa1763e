package org.smartcourt.filing.domain;

import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * The element-based complaint (要素式起诉状) in the layout of the 2024 model texts: parties, claims item by item with
 * the amount in dispute, facts and reasons element by element, the evidence list, the addressee court (此致), the
 * filer's signature line and the date.
 */
public final class ComplaintLayout {

    private ComplaintLayout() {}

    public static String xhtml(ElementSchema schema, Answers answers, String courtName, LocalDate date) {
        var body = new StringBuilder();
        body.append("<h2>当事人信息</h2>");
        for (var role : new String[] {"PLAINTIFF", "DEFENDANT", "THIRD_PARTY"}) {
            for (var party : answers.parties()) {
                if (role.equals(party.role())) {
                    body.append("<p>")
                            .append(Printed.party(Printed.roleTitle(role), party))
                            .append("</p>");
                }
            }
        }
        body.append("<h2>诉讼请求</h2>");
        var number = 0;
        for (var claim : schema.claims()) {
            var answer = answers.claims().get(claim.name());
            if (answer == null) {
                continue;
            }
            number++;
            body.append("<p>")
                    .append(number)
                    .append('.')
                    .append(Printed.escape(claim.label().zh()))
                    .append('：');
            if (claim.kind().hasAmount() && answer.amount() != null) {
                body.append(Printed.escape(Printed.yuan(answer.amount())));
            }
            if (claim.kind().hasRateAndPeriod()) {
                body.append(Printed.escape(period(answer)));
            }
            if (claim.wording() != null) {
                body.append("（").append(Printed.escape(claim.wording().zh())).append("）");
            }
            if (answer.detail() != null) {
                body.append(' ').append(Printed.escape(answer.detail()));
            }
            body.append("</p>");
        }
        body.append("<p>标的总额：")
                .append(Printed.yuan(AmountInDisputeRule.sum(schema, answers)))
                .append("</p>");
        body.append("<h2>事实与理由</h2><table>");
        for (var fact : schema.facts()) {
            var value = answers.fact(fact.name());
            body.append("<tr><th>")
                    .append(Printed.escape(fact.label().zh()))
                    .append("</th><td>")
                    .append(Printed.escape(value == null ? "无" : Printed.value(fact, value)))
                    .append("</td></tr>");
        }
        body.append("</table>");
        body.append(EvidenceList.xhtml(answers.evidence()));
        body.append("<p class=\"addressee\">此致</p><p>")
                .append(Printed.escape(courtName))
                .append("</p>");
        var plaintiffs = answers.parties().stream()
                .filter(party -> "PLAINTIFF".equals(party.role()))
                .map(party -> String.valueOf(party.name()))
                .collect(Collectors.joining("、"));
        body.append("<p class=\"signature\">具状人（签字、盖章）：")
                .append(Printed.escape(plaintiffs))
                .append("</p><p class=\"signature\">")
                .append(Printed.chineseDate(date))
                .append("</p>");
        return PleadingPage.page("民事起诉状", "（" + schema.cause() + "）", body.toString());
    }

    private static String period(ClaimAnswer answer) {
        var text = new StringBuilder();
        if (answer.rate() != null) {
            text.append("，年利率").append(answer.rate()).append('%');
        }
        if (answer.from() != null) {
            text.append("，自").append(Printed.date(answer.from())).append("起");
        }
        if (answer.to() != null) {
            text.append("至").append(Printed.date(answer.to())).append("止");
        }
        return text.toString();
    }
}
