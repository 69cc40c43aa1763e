package org.smartcourt.filing.domain;

/** The page every generated pleading is printed on: A4, the bundled Chinese font, centred title. */
final class PleadingPage {

    private static final String STYLE = """
            @page { size: A4; margin: 25mm 22mm 25mm 22mm; }
            body { font-family: 'WenQuanYi Micro Hei'; font-size: 12pt; line-height: 1.7; color: #000; }
            h1 { font-size: 20pt; font-weight: normal; text-align: center; letter-spacing: 3pt; margin: 0; }
            .subtitle { text-align: center; margin: 0 0 6mm 0; }
            h2 { font-size: 13pt; font-weight: normal; margin: 5mm 0 2mm 0; }
            p { margin: 0 0 1.5mm 0; }
            table { width: 100%; border-collapse: collapse; margin-bottom: 3mm; }
            th, td { border: 0.5pt solid #000; padding: 1.5mm 2mm; text-align: left; vertical-align: top;
                     font-weight: normal; }
            th { width: 38%; }
            .addressee { margin-top: 8mm; }
            .signature { text-align: right; margin-top: 10mm; }
            """;

    private PleadingPage() {}

    static String page(String title, String subtitle, String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><meta charset=\"UTF-8\" /><title>"
                + Printed.escape(title + subtitle) + "</title><style>" + STYLE + "</style></head><body><h1>"
                + Printed.escape(title) + "</h1><p class=\"subtitle\">" + Printed.escape(subtitle) + "</p>" + body
                + "</body></html>";
    }
}
