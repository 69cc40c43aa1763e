package org.smartcourt.documents.rendering;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The page of an unsealed document (a published judgment for reading and printing): title, case number and the
 * caller's XHTML body, with page numbers. No seal, no verification code: it is not an official copy.
 */
@Component
public class PlainDocumentTemplate {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    public PlainDocumentTemplate() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("documents/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    /** @param xhtmlBody well-formed XHTML, inserted as it is: the caller escapes any text it did not write */
    public String fill(String title, @Nullable String caseReference, String xhtmlBody) {
        var context = new Context();
        context.setVariable("title", title);
        context.setVariable("caseReference", caseReference);
        context.setVariable("body", xhtmlBody);
        return engine.process("plain-document", context);
    }
}
