package org.smartcourt.filing.domain;

import java.time.LocalDate;

/**
 * The element-based answer (要素式答辩状): the answering defendant, the position on each claim item and each fact
 * element of the complaint, the type's answer elements, the reasons, the evidence list, the court and the signature.
 */
public final class AnswerLayout {

    private AnswerLayout() {}

    public static String xhtml(
            ElementSchema schema,
            Answers complaint,
            Defence defence,
            PartyAnswer defendant,
            String courtName,
            LocalDate date) {
        var body = new StringBuilder("<h2>当事人信息</h2>");
        body.append("<p>").append(Printed.party("答辩人", defendant)).append("</p>");
        for (var party : complaint.parties()) {
            if ("PLAINTIFF".equals(party.role())) {
                body.append("<p>").append(Printed.party("被答辩人（原告）", party)).append("</p>");
            }
        }
        body.append("<h2>对诉讼请求的意见</h2>");
        var number = 0;
        for (var claim : schema.claims()) {
            var answer = complaint.claims().get(claim.name());
            if (answer == null) {
                continue;
            }
            number++;
            var position = defence.claims().getOrDefault(claim.name(), new Position(null, null));
            body.append("<p>")
                    .append(number)
                    .append('.')
                    .append(Printed.escape(claim.label().zh()))
                    .append(answer.amount() == null ? "" : "（" + Printed.yuan(answer.amount()) + "）")
                    .append('：')
                    .append(Printed.escape(position.printed()))
                    .append("</p>");
        }
        body.append("<p>原告主张的标的总额：")
                .append(Printed.yuan(AmountInDisputeRule.sum(schema, complaint)))
                .append("</p>");
        body.append("<h2>对事实的意见</h2><table>");
        for (var fact : schema.facts()) {
            var position = defence.facts().get(fact.name());
            if (complaint.fact(fact.name()) == null && position == null) {
                continue;
            }
            body.append("<tr><th>")
                    .append(Printed.escape(fact.label().zh()))
                    .append("</th><td>")
                    .append(Printed.escape(position == null ? "未表态" : position.printed()))
                    .append("</td></tr>");
        }
        body.append("</table>");
        if (!schema.answerFacts().isEmpty()) {
            body.append("<h2>其他答辩要素</h2><table>");
            for (var fact : schema.answerFacts()) {
                var value = defence.answerFacts().get(fact.name());
                body.append("<tr><th>")
                        .append(Printed.escape(fact.label().zh()))
                        .append("</th><td>")
                        .append(Printed.escape(value == null ? "无" : Printed.value(fact, value)))
                        .append("</td></tr>");
            }
            body.append("</table>");
        }
        body.append("<h2>答辩的事实与理由</h2><p>")
                .append(Printed.escape(defence.reasons()))
                .append("</p>");
        body.append(EvidenceList.xhtml(defence.evidence()));
        body.append("<p class=\"addressee\">此致</p><p>")
                .append(Printed.escape(courtName))
                .append("</p>");
        body.append("<p class=\"signature\">答辩人（签字、盖章）：")
                .append(Printed.escape(defendant.name()))
                .append("</p><p class=\"signature\">")
                .append(Printed.chineseDate(date))
                .append("</p>");
        return PleadingPage.page("民事答辩状", "（" + schema.cause() + "）", body.toString());
    }
}
