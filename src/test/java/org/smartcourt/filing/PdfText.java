package org.smartcourt.filing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** The text of a PDF as {@code pdftotext} (poppler) extracts it, and the same without any white space. */
public final class PdfText {

    private PdfText() {}

    public static String of(byte[] pdf) throws IOException, InterruptedException {
        var file = Files.createTempFile("filing", ".pdf");
        try {
            Files.write(file, pdf);
            var process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true)
                    .start();
            var text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("pdftotext failed: " + text);
            }
            return text;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Without line breaks and spaces, so that a line wrapped inside a phrase still matches. */
    public static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
