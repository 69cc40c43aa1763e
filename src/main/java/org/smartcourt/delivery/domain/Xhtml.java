package org.smartcourt.delivery.domain;

/** Small pieces of XHTML for the bodies of the documents the court issues; every text is escaped. */
final class Xhtml {

    private Xhtml() {}

    /** Escapes what XML gives a meaning to, so that a party's name or address cannot break the document. */
    static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    static void paragraph(StringBuilder body, String text) {
        body.append("<p style=\"text-indent: 2em; margin: 0 0 2mm 0;\">")
                .append(escaped(text))
                .append("</p>");
    }

    static void heading(StringBuilder body, String text) {
        body.append("<p style=\"font-weight: bold; margin: 4mm 0 2mm 0;\">")
                .append(escaped(text))
                .append("</p>");
    }

    static void row(StringBuilder table, String label, String value) {
        table.append("<tr><th style=\"text-align: left; vertical-align: top; width: 32%; padding: 1mm;"
                        + " border: 0.5pt solid #444;\">")
                .append(escaped(label))
                .append("</th><td style=\"padding: 1mm; border: 0.5pt solid #444; word-wrap: break-word;\">")
                .append(escaped(value))
                .append("</td></tr>");
    }

    static String table(String rows) {
        return "<table style=\"width: 100%; border-collapse: collapse; font-size: 10pt; margin: 0 0 2mm 0;\">" + rows
                + "</table>";
    }
}
