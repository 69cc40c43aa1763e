package org.smartcourt.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A real single-node OpenSearch cluster for the test JVM, started on first use in a JVM of its own from the jars the
 * build copied to {@code target/opensearch/lib} (see the pom's {@code opensearch-node} execution), through our
 * launcher {@code src/test/opensearch/OpenSearchLauncher.java}. It listens on a free port of 127.0.0.1, with a
 * throw-away home directory and a small heap, and stops when the test JVM ends: at its shutdown hook, or, should the
 * test JVM be killed, when the node sees its standard input close.
 */
public final class OpenSearchNode {

    private static final Duration START = Duration.ofMinutes(3);
    private static final String ADDRESS_LINE = "http-address=";

    private static @Nullable String address;

    private OpenSearchNode() {}

    /** The node's HTTP address, {@code host:port}, once the cluster is ready for indexes; started on first call. */
    public static synchronized String address() {
        if (address == null) {
            address = start();
        }
        return address;
    }

    private static String start() {
        var lib = Path.of(System.getProperty("smartcourt.opensearch.lib", "target/opensearch/lib"));
        var launcher = Path.of(
                System.getProperty("smartcourt.opensearch.launcher", "src/test/opensearch/OpenSearchLauncher.java"));
        if (!Files.isDirectory(lib) || !Files.isRegularFile(launcher)) {
            throw new IllegalStateException("No OpenSearch node to start: " + lib.toAbsolutePath()
                    + " is made by the build's pre-integration-test phase (./mvnw verify), and " + launcher
                    + " must exist; or point OPENSEARCH_HOSTS at a cluster");
        }
        try {
            var begun = System.nanoTime();
            var home = Files.createTempDirectory("smartcourt-opensearch");
            var log = lib.toAbsolutePath().getParent().resolve("node.log");
            var java = Path.of(System.getProperty("java.home"), "bin", "java");
            var process = new ProcessBuilder(List.of(
                            java.toString(),
                            "-Xms512m",
                            "-Xmx512m",
                            "-XX:+UseSerialGC",
                            "-XX:TieredStopAtLevel=1",
                            "-Djava.awt.headless=true",
                            "-cp",
                            lib.toAbsolutePath() + "/*",
                            launcher.toAbsolutePath().toString(),
                            home.toString()))
                    .redirectErrorStream(true)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process, home), "opensearch-node-stop"));
            var started = new CompletableFuture<String>();
            var output = new Thread(() -> copyOutput(process, log, started), "opensearch-node-output");
            output.setDaemon(true);
            output.start();
            String httpAddress;
            try {
                httpAddress = started.get(START.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("The OpenSearch node did not start; its log: " + log, e);
            }
            awaitReadyCluster(httpAddress);
            System.out.printf(
                    "OpenSearch node at %s ready in %.1f s (its log: %s)%n",
                    httpAddress, (System.nanoTime() - begun) / 1e9, log);
            return httpAddress;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Copies the node's output to its log, and hands over its address when it prints it. */
    private static void copyOutput(Process process, Path log, CompletableFuture<String> started) {
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                var out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                out.write(line);
                out.newLine();
                out.flush();
                if (line.startsWith(ADDRESS_LINE)) {
                    started.complete(line.substring(ADDRESS_LINE.length()).strip());
                }
            }
        } catch (IOException e) {
            started.completeExceptionally(e);
        }
        started.completeExceptionally(
                new IllegalStateException("The OpenSearch node exited with " + exitCode(process)));
    }

    private static String exitCode(Process process) {
        try {
            return Integer.toString(process.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "an unknown code";
        }
    }

    /** Waits, on the node's side, for a cluster able to take indexes: yellow or green. */
    private static void awaitReadyCluster(String httpAddress) throws IOException, InterruptedException {
        var http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        var health = http.send(
                HttpRequest.newBuilder(URI.create(
                                "http://" + httpAddress + "/_cluster/health?wait_for_status=yellow&timeout=120s"))
                        .timeout(START)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() != 200 || health.body().contains("\"timed_out\":true")) {
            throw new IllegalStateException("The OpenSearch cluster is not ready: " + health.body());
        }
    }

    /** Stops the node (it stops when its input closes), and removes its files. */
    private static void stop(Process process, Path home) {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(file -> file.toFile().delete());
            }
        } catch (IOException e) {
            // the temporary directory stays: nothing else to do at exit
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
