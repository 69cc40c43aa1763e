package org.smartcourt.filing.domain;

import java.util.List;

/** The 证据清单 table of a pleading. */
final class EvidenceList {

    private EvidenceList() {}

    static String xhtml(List<EvidenceItem> evidence) {
        var body = new StringBuilder("<h2>证据清单</h2>");
        if (evidence.isEmpty()) {
            return body.append("<p>无</p>").toString();
        }
        body.append("<table><tr><td>序号</td><td>证据名称</td><td>证据来源</td><td>证明目的</td></tr>");
        for (var i = 0; i < evidence.size(); i++) {
            var item = evidence.get(i);
            body.append("<tr><td>")
                    .append(i + 1)
                    .append("</td><td>")
                    .append(Printed.escape(item.name()))
                    .append("</td><td>")
                    .append(Printed.escape(item.source()))
                    .append("</td><td>")
                    .append(Printed.escape(item.purpose()))
                    .append("</td></tr>");
        }
        return body.append("</table>").toString();
    }
}
