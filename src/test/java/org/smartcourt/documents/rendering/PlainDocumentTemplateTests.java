package org.smartcourt.documents.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PlainDocumentTemplateTests {

    @Test
    void anUnsealedDocumentShowsTitleCaseNumberAndBodyWithoutAVerificationCode() throws Exception {
        var xhtml = new PlainDocumentTemplate().fill("盗窃罪一审刑事判决书", "（2017）渝0103刑初407号", "<p>被告人冯某犯盗窃罪。</p>");

        var pdf = new PdfRenderer().render(xhtml);

        try (var document = Loader.loadPDF(pdf)) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("盗窃罪一审刑事判决书", "（2017）渝0103刑初407号", "被告人冯某犯盗窃罪");
            assertThat(text).doesNotContain("验证码");
        }
    }
}
