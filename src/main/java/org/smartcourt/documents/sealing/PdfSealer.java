package org.smartcourt.documents.sealing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.visible.PDVisibleSigProperties;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.visible.PDVisibleSignDesigner;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.springframework.stereotype.Component;

/**
 * Seals a PDF: a PAdES signature ({@code ETSI.CAdES.detached}) over the whole file, shown as the court's red seal on
 * the last page, placed over the last mention of the court's name there (the 落款), or at the bottom right.
 */
@Component
public class PdfSealer {

    /** Room for the CMS signature in /Contents; an EC seal with its chain needs about 1.5 KB. */
    private static final int SIGNATURE_SIZE = 8192;

    /** The seal's diameter on the page: 42 mm, in points. */
    private static final float SEAL_SIZE = 42f / 25.4f * 72f;

    private static final ZoneId COURT_TIME = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter CAPTION = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public byte[] seal(byte[] pdf, Seal seal, Instant sealedAt, String reason) {
        try (var document = Loader.loadPDF(pdf);
                var out = new ByteArrayOutputStream()) {
            var lastPage = document.getNumberOfPages();
            var signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(seal.courtName());
            signature.setReason(reason);
            signature.setLocation(seal.court().value());
            var calendar = Calendar.getInstance(TimeZone.getTimeZone(COURT_TIME));
            calendar.setTimeInMillis(sealedAt.toEpochMilli());
            signature.setSignDate(calendar);

            var image = SealImage.draw(seal.courtName(), CAPTION.format(sealedAt.atZone(COURT_TIME)));
            var designer = new PDVisibleSignDesigner(document, image, lastPage);
            var where = placement(document, lastPage, seal.courtName(), designer);
            designer.width(SEAL_SIZE).height(SEAL_SIZE).xAxis(where[0]).yAxis(where[1]);
            var appearance = new PDVisibleSigProperties()
                    .signerName(seal.courtName())
                    .signerLocation(seal.court().value())
                    .signatureReason(reason)
                    .preferredSize(0)
                    .page(lastPage)
                    .visualSignEnabled(true)
                    .setPdVisibleSignature(designer);
            appearance.buildSignature();
            try (var options = new SignatureOptions()) {
                options.setVisualSignature(appearance.getVisibleSignature());
                options.setPage(lastPage - 1);
                options.setPreferredSignatureSize(SIGNATURE_SIZE);
                document.addSignature(signature, content -> CadesSignature.sign(content.readAllBytes(), seal), options);
                document.saveIncremental(out);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot seal the PDF", e);
        }
    }

    /** Top-left corner of the seal, in points from the page's top-left, centred on the court's name when found. */
    private static float[] placement(PDDocument document, int page, String courtName, PDVisibleSignDesigner designer)
            throws IOException {
        var finder = new NameFinder(courtName);
        finder.setStartPage(page);
        finder.setEndPage(page);
        finder.getText(document);
        if (finder.centre != null) {
            return new float[] {finder.centre[0] - SEAL_SIZE / 2, finder.centre[1] - SEAL_SIZE / 2};
        }
        return new float[] {designer.getPageWidth() - SEAL_SIZE - 72, designer.getPageHeight() - SEAL_SIZE - 96};
    }

    /** Remembers where the court's name last appears on the page. */
    private static final class NameFinder extends PDFTextStripper {

        private final String name;
        private float[] centre;

        NameFinder(String name) {
            this.name = name;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            var index = text.lastIndexOf(name);
            if (index < 0 || text.length() != positions.size()) {
                return;
            }
            var first = positions.get(index);
            var last = positions.get(index + name.length() - 1);
            var left = first.getXDirAdj();
            var right = last.getXDirAdj() + last.getWidthDirAdj();
            centre = new float[] {(left + right) / 2, first.getYDirAdj() - first.getHeightDir() / 2};
        }
    }
}
