package org.smartcourt.documents.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfRendererTests {

    private static final String CHINESE = "山东省济南市市中区人民法院民事判决书";

    @TempDir
    Path directory;

    private final PdfRenderer renderer = new PdfRenderer();

    private static String page(String body) {
        return """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><style>
                body { font-family: 'WenQuanYi Micro Hei'; }
                </style></head><body>%s</body></html>
                """.formatted(body);
    }

    @Test
    void chineseTextComesBackOutOfThePdfOnAMachineWithoutChineseFonts() throws Exception {
        var pdf = renderer.render(page("<h1>" + CHINESE + "</h1><p>原告张三诉被告李四买卖合同纠纷一案。</p>"));

        // pdftotext (poppler) reads the embedded font's ToUnicode map, so the text survives only if the glyphs are in.
        var file = Files.write(directory.resolve("chinese.pdf"), pdf);
        var process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                .redirectErrorStream(true)
                .start();
        var text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isZero();
        assertThat(text).contains(CHINESE).contains("买卖合同纠纷");
    }

    @Test
    void onlyASubsetOfTheFontIsEmbedded() throws Exception {
        var pdf = renderer.render(page("<p>" + CHINESE + "</p>"));

        assertThat(pdf.length).as("a whole CJK font would be megabytes").isLessThan(100_000);
        try (var document = Loader.loadPDF(pdf)) {
            var fontNames = new java.util.ArrayList<String>();
            var resources = document.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                fontNames.add(resources.getFont(name).getName());
            }
            assertThat(fontNames).anySatisfy(name -> assertThat(name).matches("[A-Z]{6}\\+WenQuanYiMicroHei"));
        }
    }
}
