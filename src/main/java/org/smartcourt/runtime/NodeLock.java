package org.smartcourt.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a node's data directory, held for the node's lifetime. The operating system releases it when
 * the process dies, however it dies, so a lock that can be taken means no live node uses the directory.
 */
final class NodeLock {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private NodeLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static NodeLock acquire(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            var channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Another SmartCourt node is running on the data directory "
                        + file.getParent() + "; stop it first or give this node its own SMARTCOURT_DATA_DIR");
            }
            return new NodeLock(file, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + file, e);
        }
    }

    void release() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot release " + file, e);
        }
    }
}
