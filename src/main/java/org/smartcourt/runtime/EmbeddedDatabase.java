package org.smartcourt.runtime;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/** A PostgreSQL 17 server whose files live in {@code <data dir>/postgres}. */
class EmbeddedDatabase implements DisposableBean {

    static final String USER = "postgres";
    static final String DATABASE = "smartcourt";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    /** Servers shared by the application contexts of one test JVM, by data directory. */
    private static final Map<Path, EmbeddedDatabase> shared = new HashMap<>();

    private final Path directory;
    private final NodeLock lock;
    private final EmbeddedPostgres server;
    private int users;

    private EmbeddedDatabase(Path directory, NodeLock lock, EmbeddedPostgres server) {
        this.directory = directory;
        this.lock = lock;
        this.server = server;
    }

    /**
     * Starts the server, or with {@code shared-per-jvm} joins the one already running on the same directory. Each
     * application context releases it when it closes and the last one stops it, after its own beans are gone: a JVM
     * shutdown hook would race Spring's graceful shutdown and pull the database from under it.
     */
    static EmbeddedDatabase start(RuntimeProperties properties) {
        var directory =
                properties.dataDir().resolve("postgres").toAbsolutePath().normalize();
        var settings = properties.embeddedDatabase();
        synchronized (shared) {
            var database = settings.sharedPerJvm() ? shared.get(directory) : null;
            if (database == null) {
                var lock = NodeLock.acquire(directory.resolveSibling("postgres.lock"));
                try {
                    database = new EmbeddedDatabase(directory, lock, launch(directory, settings));
                } catch (RuntimeException e) {
                    lock.release();
                    throw e;
                }
                if (settings.sharedPerJvm()) {
                    shared.put(directory, database);
                }
            }
            database.users++;
            return database;
        }
    }

    private static EmbeddedPostgres launch(Path directory, RuntimeProperties.EmbeddedDatabase settings) {
        try {
            if (settings.fresh()) {
                deleteRecursively(directory);
            }
            Files.createDirectories(directory);
            stopOrphanedServer(directory);
            log.info("Starting embedded PostgreSQL with data in {}", directory);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(settings.port())
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100")
                    .setLocaleConfig("encoding", "UTF8");
            if (settings.durable()) {
                // The embedded server is tuned for throw-away test databases (fsync and synchronous commit off);
                // a court's records must survive a power cut, so turn both back on. Later -c options win.
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            var server = builder.start();
            createDatabaseIfMissing(server);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL in " + directory, e);
        }
    }

    /**
     * A node killed without shutting down (SIGKILL, OOM killer) leaves its PostgreSQL running, and the server would
     * refuse to start on the same files. We hold the node lock, so no live node uses that server: stop it (a smart
     * shutdown, its clients died with the node) and start afresh; PostgreSQL recovers from its write-ahead log.
     */
    private static void stopOrphanedServer(Path directory) throws IOException {
        var pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        var lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return;
        }
        var pid = Long.parseLong(lines.get(0).strip());
        var orphan = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info()
                        .command()
                        .map(c -> c.contains("postgres"))
                        .orElse(false));
        if (orphan.isEmpty()) {
            return; // a stale pid file: PostgreSQL deals with it itself
        }
        log.warn("Stopping the embedded PostgreSQL (pid {}) left running by a node that did not shut down", pid);
        var process = orphan.get();
        process.destroy();
        try {
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            process.destroyForcibly();
            process.onExit().join();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot stop the orphaned PostgreSQL " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the orphaned PostgreSQL " + pid, e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres server) {
        try (var connection = server.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            try (var rows = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rows.next()) {
                    return;
                }
            }
            statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the " + DATABASE + " database", e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    String jdbcUrl() {
        return server.getJdbcUrl(USER, DATABASE);
    }

    @Override
    public void destroy() {
        synchronized (shared) {
            if (--users > 0) {
                return;
            }
            shared.remove(directory, this);
        }
        close();
        lock.release();
    }

    private void close() {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
