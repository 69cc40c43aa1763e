package org.smartcourt.documents.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.smartcourt.documents.DocumentsProperties;
import org.smartcourt.documents.application.VerifyDocument;
import org.smartcourt.documents.domain.VerificationCode;
import org.smartcourt.documents.domain.VerificationReport;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** What the page and the API share: checking the input, then asking {@link VerifyDocument}. */
@Component
class Verification {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** PDF readers accept the header anywhere in the first 1024 bytes (ISO 32000-1 Annex H.3, note 2). */
    private static final int HEADER_WINDOW = 1024;

    private final VerifyDocument verify;
    private final DocumentsProperties properties;

    Verification(VerifyDocument verify, DocumentsProperties properties) {
        this.verify = verify;
        this.properties = properties;
    }

    VerificationReport verify(@Nullable MultipartFile file, @Nullable String typedCode) {
        var hasFile = file != null && !file.isEmpty();
        var hasCode = typedCode != null && !typedCode.isBlank();
        if (!hasFile && !hasCode) {
            throw DocumentProblem.nothingToVerify();
        }
        VerificationCode code = null;
        if (hasCode) {
            code = VerificationCode.read(typedCode).orElseThrow(DocumentProblem::malformedCode);
        }
        if (!hasFile) {
            return verify.byCode(code);
        }
        var max = properties.maxUploadSize();
        if (file.getSize() > max.toBytes()) {
            throw DocumentProblem.tooLarge(max.toMegabytes());
        }
        var content = bytes(file);
        if (!looksLikePdf(content)) {
            throw DocumentProblem.notAPdf();
        }
        return verify.byFile(content, code);
    }

    static boolean looksLikePdf(byte[] content) {
        var window = Math.min(content.length, HEADER_WINDOW);
        outer:
        for (var i = 0; i + PDF_MAGIC.length <= window; i++) {
            for (var j = 0; j < PDF_MAGIC.length; j++) {
                if (content[i + j] != PDF_MAGIC[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
