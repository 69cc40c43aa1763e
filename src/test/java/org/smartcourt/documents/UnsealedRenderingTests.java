package org.smartcourt.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.smartcourt.documents.rendering.PdfRenderer;
import org.smartcourt.documents.rendering.PlainDocumentTemplate;

class UnsealedRenderingTests {

    private final Documents documents = new Documents(null, null, null, new PlainDocumentTemplate(), new PdfRenderer());

    @Test
    void aPartysPleadingIsRenderedWithItsChineseTextAndWithoutAnySignature() throws Exception {
        var pdf = documents.renderUnsealed("""
                <html xmlns="http://www.w3.org/1999/xhtml"><head><style>
                body { font-family: 'WenQuanYi Micro Hei'; }
                </style></head><body><h1>民事起诉状</h1><p>此致 济南市历下区人民法院</p></body></html>
                """);

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("民事起诉状")
                    .contains("此致");
            assertThat(document.getSignatureDictionaries()).isEmpty();
        }
    }
}
