package org.smartcourt.documents.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.documents.domain.DocumentStore;
import org.smartcourt.documents.domain.TamperedContentException;

/**
 * Documents as files named by their hash, fanned out as {@code ab/cd/abcd…} so no directory grows too large. A file is
 * written in full to a temporary name first and then linked to its final name, which fails rather than replaces when
 * the name exists: a reader never sees half a file and nothing stored is ever overwritten.
 */
public class FileSystemDocumentStore implements DocumentStore {

    private final Path root;
    private final Path incoming;

    public FileSystemDocumentStore(Path root) {
        this.root = root;
        this.incoming = root.resolve("incoming");
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the document store under " + root, e);
        }
    }

    @Override
    public DocumentHash put(byte[] content) {
        var hash = DocumentHash.of(content);
        var target = pathOf(hash);
        if (Files.exists(target)) {
            return hash;
        }
        try {
            Files.createDirectories(target.getParent());
            var temporary = Files.createTempFile(incoming, hash.value(), ".part");
            try {
                Files.write(temporary, content);
                temporary.toFile().setReadOnly();
                Files.createLink(target, temporary);
            } catch (FileAlreadyExistsException storedMeanwhile) {
                // Another writer stored the same bytes first: same hash, same content.
            } finally {
                Files.deleteIfExists(temporary);
            }
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store document " + hash, e);
        }
    }

    @Override
    public Optional<byte[]> get(DocumentHash hash) {
        try {
            var content = Files.readAllBytes(pathOf(hash));
            var actual = DocumentHash.of(content);
            if (!actual.equals(hash)) {
                throw new TamperedContentException(hash, actual);
            }
            return Optional.of(content);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read document " + hash, e);
        }
    }

    @Override
    public boolean exists(DocumentHash hash) {
        return Files.exists(pathOf(hash));
    }

    Path pathOf(DocumentHash hash) {
        var value = hash.value();
        return root.resolve(value.substring(0, 2))
                .resolve(value.substring(2, 4))
                .resolve(value);
    }
}
