package org.smartcourt.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The packaged platform ({@code target/smartcourt.jar}) running as a separate process with its own data directory,
 * HTTP port and embedded PostgreSQL port, so that a test can kill it the way an operating system kills a process
 * (SIGKILL: no shutdown hooks, no graceful shutdown) and start it again on the same data.
 *
 * <p>Integration tests run after {@code package}, so the jar is there. The process writes its output to {@code
 * target/child-<name>.log}; read it when a test fails.
 */
public final class ChildApplication implements AutoCloseable {

    private static final Path JAR = Path.of("target", "smartcourt.jar");
    /** A start takes about 40 s on an idle machine, and over 2.5 minutes while parallel builds share its 2 cores. */
    private static final Duration STARTUP = Duration.ofMinutes(6);

    private final String name;
    private final Path dataDir;
    private final int httpPort;
    private final int databasePort;
    private List<String> arguments;
    private final HttpClient http = HttpClient.newHttpClient();
    private @Nullable Process process;

    private ChildApplication(String name, Path dataDir, List<String> arguments) {
        this.name = name;
        this.dataDir = dataDir;
        this.httpPort = freePort();
        this.databasePort = freePort();
        this.arguments = List.copyOf(arguments);
    }

    /**
     * Starts the platform and waits until it reports UP.
     *
     * @param name names the data directory and the log file
     * @param arguments further Spring Boot arguments, e.g. {@code --smartcourt.fees.something=value}
     */
    public static ChildApplication start(String name, String... arguments) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: integration tests run after mvn package");
        }
        try {
            var dataDir = Files.createTempDirectory("smartcourt-child-" + name + "-");
            Files.deleteIfExists(Path.of("target", "child-" + name + ".log"));
            var application = new ChildApplication(name, dataDir, List.of(arguments));
            application.launch();
            return application;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL, e.g. {@code http://localhost:41234}. */
    public URI baseUri() {
        return URI.create("http://localhost:" + httpPort);
    }

    public int port() {
        return httpPort;
    }

    public URI uri(String path) {
        return baseUri().resolve(path);
    }

    /** The JDBC URL of the child's embedded PostgreSQL (user {@code postgres}, no password). */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + databasePort + "/smartcourt?user=postgres";
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Kills the process at once, as {@code kill -9} would; its PostgreSQL keeps running, as it would in real life. */
    public void kill() {
        var running = requireRunning();
        running.destroyForcibly();
        waitFor(running);
        process = null;
    }

    /** Starts the platform again on the same data directory and ports and waits until it reports UP. */
    public void restart() {
        if (process != null) {
            throw new IllegalStateException("The child application " + name + " is still running");
        }
        launch();
    }

    /**
     * Starts the platform again on the same data directory and ports, with these Spring Boot arguments instead of those
     * given so far (say, a setting changed while the node was down), and waits until it reports UP.
     */
    public void restart(String... newArguments) {
        if (process != null) {
            throw new IllegalStateException("The child application " + name + " is still running");
        }
        arguments = List.of(newArguments);
        launch();
    }

    /** Shuts the process down gracefully (SIGTERM) and stops whatever PostgreSQL a killed run left behind. */
    @Override
    public void close() {
        if (process != null) {
            process.destroy();
            waitFor(process);
            process = null;
        }
        stopLeftoverDatabase();
    }

    private void launch() {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.add("--smartcourt.data-dir=" + dataDir);
        command.add("--server.port=" + httpPort);
        command.add("--smartcourt.embedded-database.port=" + databasePort);
        command.addAll(arguments);
        var log = Path.of("target", "child-" + name + ".log").toFile();
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command, e);
        }
        var started = process;
        await("child application " + name + " UP (log: " + log + ")")
                .atMost(STARTUP)
                .pollInterval(Duration.ofMillis(500))
                .failFast("the child application " + name + " exited; see " + log, () -> !started.isAlive())
                .until(this::isUp);
    }

    private boolean isUp() {
        try {
            var response = http.send(
                    HttpRequest.newBuilder(uri("/actuator/health"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Process requireRunning() {
        if (process == null) {
            throw new IllegalStateException("The child application " + name + " is not running");
        }
        return process;
    }

    private void stopLeftoverDatabase() {
        var pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return;
            }
            var firstLine =
                    Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
            if (firstLine.matches("\\d+")) {
                ProcessHandle.of(Long.parseLong(firstLine)).ifPresent(server -> {
                    server.destroy();
                    server.onExit().orTimeout(60, TimeUnit.SECONDS).join();
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void waitFor(Process process) {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
