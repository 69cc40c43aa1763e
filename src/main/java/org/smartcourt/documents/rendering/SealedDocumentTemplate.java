package org.smartcourt.documents.rendering;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The page every sealed document is printed on: title, case number, the caller's XHTML body, the issuing court and
 * date (where the seal goes), and the verification code with its QR code. Generated legal documents are in Chinese.
 */
@Component
public class SealedDocumentTemplate {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final ZoneId COURT_TIME = ZoneId.of("Asia/Shanghai");

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    public SealedDocumentTemplate() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("documents/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    /**
     * @param xhtmlBody well-formed XHTML for the body; it is inserted as it is, so it must come from the platform
     */
    public String fill(
            String title,
            @Nullable String caseReference,
            String xhtmlBody,
            String courtName,
            Instant sealedAt,
            String code,
            String verifyUrl) {
        var context = new Context();
        context.setVariable("title", title);
        context.setVariable("caseReference", caseReference);
        context.setVariable("body", xhtmlBody);
        context.setVariable("courtName", courtName);
        context.setVariable("date", DATE.format(sealedAt.atZone(COURT_TIME)));
        context.setVariable("code", code);
        context.setVariable("verifyUrl", verifyUrl);
        context.setVariable("qrCode", QrCode.dataUri(verifyUrl, 300));
        return engine.process("sealed-document", context);
    }
}
