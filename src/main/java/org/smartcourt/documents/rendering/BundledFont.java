package org.smartcourt.documents.rendering;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.fontbox.ttf.TrueTypeCollection;

/**
 * The Chinese font shipped with the platform (see {@code fonts/README.md}): WenQuanYi Micro Hei, face 0 of a TrueType
 * collection. PDFBox can embed only TrueType outlines, which is why it is this font and not Noto CJK.
 */
public final class BundledFont {

    /** The CSS font family documents use. */
    public static final String FAMILY = "WenQuanYi Micro Hei";

    static final String FACE = "WenQuanYiMicroHei";
    private static final String RESOURCE = "/fonts/wqy-microhei.ttc";

    private static final byte[] COLLECTION = load();

    private BundledFont() {}

    /** A fresh reader over the collection; PDFBox fonts are not shared between documents. */
    static TrueTypeCollection collection() throws IOException {
        return new TrueTypeCollection(new ByteArrayInputStream(COLLECTION));
    }

    /** The face for Java2D drawing (the seal image), at the given size. */
    public static Font awtFont(float size) {
        try {
            var faces = Font.createFonts(new ByteArrayInputStream(COLLECTION));
            return Arrays.stream(faces)
                    .filter(face -> face.getPSName().equals(FACE))
                    .findFirst()
                    .orElse(faces[0])
                    .deriveFont(size);
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("The bundled font cannot be read", e);
        }
    }

    private static byte[] load() {
        try (InputStream in = BundledFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The bundled font " + RESOURCE + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
