package org.smartcourt.documents.rendering;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Renders well-formed XHTML to PDF with the bundled Chinese font, embedding only the glyphs the document uses. The
 * XHTML names the font as {@code font-family: 'WenQuanYi Micro Hei'}.
 */
@Component
public class PdfRenderer {

    private static final String PRODUCER = "SmartCourt";

    public byte[] render(String xhtml) {
        try (var fonts = BundledFont.collection();
                var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var font = PDType0Font.load(document, fonts.getFontByName(BundledFont.FACE), true);
            var builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.withProducer(PRODUCER);
            // One face serves every weight: Chinese court documents are set without bold.
            for (var weight : new int[] {400, 700}) {
                builder.useFont(new PDFontSupplier(font), BundledFont.FAMILY, weight, FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(xhtml, null);
            try (var renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the PDF", e);
        }
    }
}
