package org.smartcourt.courts.reference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A reference file shipped on the class path, read once into memory. */
public final class ReferenceFile {

    private final String path;
    private final byte[] content;

    ReferenceFile(String path, byte[] content) {
        this.path = path;
        this.content = content.clone();
    }

    static ReferenceFile onClassPath(String path) {
        try (var in = ReferenceFile.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Reference file " + path + " is not on the class path");
            }
            return new ReferenceFile(path, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference file " + path, e);
        }
    }

    public String path() {
        return path;
    }

    byte[] content() {
        return content.clone();
    }

    Reader reader() {
        return new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
    }
}
