package org.smartcourt.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.smartcourt.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.smartcourt.documents.Documents;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.support.Browser;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@CourtIntegrationTest
class VerifyDocumentJourney {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    Documents documents;

    @TempDir
    Path directory;

    private Path issuedPdf(boolean changeOneByte) throws Exception {
        var issued = documents.issueSealed(
                CourtCode.of("鲁0102"), "济南市市中区人民法院", "电子送达凭证", "service-receipt", "<p>受送达人：王五</p>", null);
        var pdf = documents.open(issued.hash()).orElseThrow().content();
        if (changeOneByte) {
            pdf[pdf.length / 2] ^= 0x01;
        }
        return Files.write(directory.resolve(changeOneByte ? "altered.pdf" : "genuine.pdf"), pdf);
    }

    private void uploadAndVerify(Page page, Path file) {
        page.navigate("http://localhost:" + port + "/documents/verify");
        page.getByLabel("PDF 文书").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始核验"))
                .click();
    }

    @Test
    void aPersonUploadsTheSealedPdfAndIsToldItIsGenuine() throws Exception {
        var page = browser.newPage();
        page.navigate("http://localhost:" + port + "/documents/verify");
        assertAccessible(page);

        uploadAndVerify(page, issuedPdf(false));

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("文书真实有效");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("济南市市中区人民法院");
        assertAccessible(page);
    }

    @Test
    void theSamePdfWithOneByteChangedIsAltered() throws Exception {
        var page = browser.newPage();

        uploadAndVerify(page, issuedPdf(true));

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("文书已被改动");
        assertAccessible(page);
    }

    @Test
    void aMistypedCodeIsShownNextToTheField() {
        var page = browser.newPage();
        page.navigate("http://localhost:" + port + "/documents/verify");

        page.getByLabel("验证码").fill("ABC");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始核验"))
                .click();

        assertThat(page.getByLabel("验证码")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#verify-code-error")).containsText("验证码由10位数字和字母组成");
        assertAccessible(page);
    }
}
