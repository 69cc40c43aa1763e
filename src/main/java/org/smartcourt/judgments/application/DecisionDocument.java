package org.smartcourt.judgments.application;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a clerk may enter as a decision's document, recognised by its bytes and never by its name: a PDF ({@code
 * %PDF-}) or UTF-8 text without control characters other than line breaks and tabs.
 */
record DecisionDocument(byte[] content, String mediaType) {

    static final String PDF = "application/pdf";
    static final String TEXT = "text/plain;charset=UTF-8";

    private static final byte[] PDF_MAGIC = {0x25, 0x50, 0x44, 0x46, 0x2D};

    static Optional<DecisionDocument> recognise(byte[] content) {
        if (content.length >= PDF_MAGIC.length && startsWithPdfMagic(content)) {
            return Optional.of(new DecisionDocument(content, PDF));
        }
        return text(content).filter(text -> !text.isBlank()).map(text -> new DecisionDocument(content, TEXT));
    }

    private static boolean startsWithPdfMagic(byte[] content) {
        for (var i = 0; i < PDF_MAGIC.length; i++) {
            if (content[i] != PDF_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> text(byte[] content) {
        try {
            var text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            var control = text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
            return control ? Optional.empty() : Optional.of(text);
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}
