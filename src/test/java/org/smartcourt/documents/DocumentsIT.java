package org.smartcourt.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@CourtIntegrationTest
class DocumentsIT {

    private static final CourtCode COURT = CourtCode.of("鲁0102");
    private static final String COURT_NAME = "济南市市中区人民法院";

    @LocalServerPort
    int port;

    @Autowired
    Documents documents;

    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

    private IssuedDocument issue() {
        return documents.issueSealed(
                COURT,
                COURT_NAME,
                "电子送达凭证",
                "service-receipt",
                "<p>受送达人：张三（" + UUID.randomUUID() + "）</p><p>送达文书：起诉状副本、应诉通知书。</p>",
                "（2026）鲁0102民初1号");
    }

    private byte[] pdfOf(IssuedDocument issued) {
        return documents.open(issued.hash()).orElseThrow().content();
    }

    private HttpResponse<String> upload(String path, byte[] pdf, String... fields) throws Exception {
        var boundary = "----smartcourt" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        for (var i = 0; i < fields.length; i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                            + fields[i + 1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"doc.pdf\""
                        + "\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> verifyCode(String code) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/documents/verify"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\"}"))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anIssuedPdfUploadedToTheApiIsGenuineAndNamesTheCourt() throws Exception {
        var issued = issue();

        var response = upload("/api/v1/documents/verify", pdfOf(issued));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"status\":\"GENUINE\"")
                .contains("\"courtName\":\"" + COURT_NAME + "\"")
                .contains("\"court\":\"鲁0102\"")
                .contains("\"documentTitle\":\"电子送达凭证\"")
                .contains(issued.hash().value());
    }

    @Test
    void theCodePrintedOnTheDocumentVerifiesIt() throws Exception {
        var issued = issue();

        var response = verifyCode(issued.verificationCode().toLowerCase());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"GENUINE\"").contains(COURT_NAME);
    }

    @Test
    void thePdfCarriesItsVerificationCodeAndChineseTextThatAnyReaderExtracts() throws Exception {
        var issued = issue();
        var file = Files.write(Files.createTempFile("issued", ".pdf"), pdfOf(issued));
        try {
            var process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true)
                    .start();
            var text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(process.waitFor()).isZero();
            assertThat(text)
                    .contains("电子送达凭证")
                    .contains(COURT_NAME)
                    .contains(issued.verificationCode())
                    .contains("/documents/verify?code=" + issued.verificationCode());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void oneChangedByteMakesTheDocumentAltered() throws Exception {
        var pdf = pdfOf(issue());
        pdf[pdf.length / 3] ^= 0x01;

        var response = upload("/api/v1/documents/verify", pdf);

        assertThat(response.body()).contains("\"status\":\"ALTERED\"").doesNotContain(COURT_NAME);
    }

    @Test
    void aGenuineFileWithAnotherDocumentsCodeIsAltered() throws Exception {
        var first = issue();
        var second = issue();

        var response = upload("/api/v1/documents/verify", pdfOf(first), "code", second.verificationCode());

        assertThat(response.body()).contains("\"status\":\"ALTERED\"");
    }

    @Test
    void aPdfWithoutSealIsNotSigned() throws Exception {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);

            var response = upload("/api/v1/documents/verify", out.toByteArray());

            assertThat(response.body()).contains("\"status\":\"NOT_SIGNED\"");
        }
    }

    @Test
    void aCodeNobodyIssuedIsUnknown() throws Exception {
        var response = verifyCode("0000000000");

        assertThat(response.body()).contains("\"status\":\"UNKNOWN_CODE\"");
    }

    @Test
    void somethingThatIsNotAPdfIsRefusedWithAProblemInTheCallersLanguage() throws Exception {
        var response = upload("/api/v1/documents/verify", "<html>hello</html>".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("/problems/not-a-pdf").contains("上传的文件不是PDF文档");
    }

    @Test
    void theQrCodeLinkOpensAPageThatSaysGenuine() throws Exception {
        var issued = issue();

        var page = get(issued.verificationUrl().getRawPath() + "?"
                + issued.verificationUrl().getRawQuery());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("data-status=\"GENUINE\"")
                .contains("文书真实有效")
                .contains(COURT_NAME);
    }

    @Test
    void thePageTakesAnUploadAndSaysAlteredInEnglishWhenAskedInEnglish() throws Exception {
        var form = get("/documents/verify?lang=en");
        var matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(matcher.find()).as("the form carries a CSRF token").isTrue();
        var pdf = pdfOf(issue());
        pdf[pdf.length - 5] ^= 0x01;

        var page = upload("/documents/verify", pdf, "_csrf", matcher.group(1));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-status=\"ALTERED\"").contains("The document has been altered");
    }

    @Test
    void theSameBytesStoredTwiceAreOneDocument() {
        var content = ("证据材料 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

        var first = documents.store(content, "证据一", "evidence", "zhangsan", "text/plain", null);
        var second = documents.store(content, "证据一（重复）", "evidence", "lisi", "text/plain", null);

        assertThat(second).isEqualTo(first);
        assertThat(documents.open(first)).hasValueSatisfying(document -> {
            assertThat(document.title()).isEqualTo("证据一");
            assertThat(document.content()).isEqualTo(content);
        });
    }

    @Test
    void theSealIsStoredInTheDataDirectoryUnderItsHash() {
        var issued = issue();
        var value = issued.hash().value();

        assertThat(Path.of("target/test-data/documents", value.substring(0, 2), value.substring(2, 4), value))
                .exists();
    }
}
