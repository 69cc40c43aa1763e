package org.smartcourt.publication.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.smartcourt.documents.StoredDocument;

/**
 * The text of a stored document, as the anonymiser and the reviewer read it: a text document as it is; a PDF as
 * PDFBox extracts it, lines joined within a paragraph (a name wrapped across two lines must still be found), without
 * the seal's verification block, which is technical marking and not part of the decision (法释〔2016〕19号 Art. 11 [U]:
 * published text equals the original except for technical processing).
 */
final class DocumentText {

    /** Where the platform's sealed-document page starts its verification block. */
    static final String VERIFICATION_BLOCK = "本文书已加盖人民法院电子签章";

    private DocumentText() {}

    static String of(StoredDocument document) {
        var content = document.content();
        if (document.mediaType().startsWith("application/pdf")) {
            return normalised(pdfText(content));
        }
        return normalised(new String(content, StandardCharsets.UTF_8));
    }

    private static String pdfText(byte[] pdf) {
        try (var loaded = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd("\n");
            return stripper.getText(loaded);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the text of the document", e);
        }
    }

    static String normalised(String text) {
        var cut = text.indexOf(VERIFICATION_BLOCK);
        var body = cut < 0 ? text : text.substring(0, cut);
        var lines = body.replace("\r\n", "\n").replace('\r', '\n').split("\n");
        var result = new StringBuilder();
        for (var line : lines) {
            var stripped = line.strip();
            if (!stripped.isEmpty()) {
                result.append(stripped).append('\n');
            }
        }
        return result.toString().strip();
    }
}
