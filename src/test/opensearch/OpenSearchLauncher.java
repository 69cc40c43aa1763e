import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * A single-node OpenSearch cluster for SmartCourt's integration tests, started by support.OpenSearchNode in a JVM of
 * its own (java -cp 'target/opensearch/lib/*' OpenSearchLauncher.java HOME), so that the node's libraries never meet
 * the application's. The node speaks HTTP through the Netty module, has the common analysis module (cjk_width,
 * cjk_bigram, lowercase) and the reindex module (delete by query); security is not installed. It listens on free loopback ports, prints its HTTP address as
 * a line {@code http-address=HOST:PORT} once started, and stops when its standard input closes (the test JVM ended,
 * however it ended).
 */
public class OpenSearchLauncher {

    public static void main(String[] args) throws Exception {
        var home = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("plugins"));
        Files.createDirectories(home.resolve("modules"));
        var settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", "smartcourt-test")
                .put("node.name", "smartcourt-test")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", "0")
                .put("transport.port", "0")
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                // A test machine's disk may be fuller than a server's: never refuse shards for it.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        LogConfigurator.configureWithoutConfig(settings);
        var environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "smartcourt-test");
        var node = new TestNode(environment).start();
        var address = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress();
        System.out.println("http-address=" + address.getAddress() + ":" + address.getPort());
        System.out.flush();
        waitForEndOfInput(System.in);
        node.close();
        node.awaitClose(30, java.util.concurrent.TimeUnit.SECONDS);
        System.exit(0);
    }

    private static void waitForEndOfInput(InputStream input) throws IOException {
        var buffer = new byte[64];
        while (input.read(buffer) >= 0) {
            // nothing to read but the end
        }
    }

    /**
     * A node with the modules of OpenSearch's distribution that the application needs, loaded from the classpath:
     * HTTP, the analysis filters, and delete-by-query (Hibernate Search's purge and mass indexer).
     */
    static final class TestNode extends Node {

        TestNode(Environment environment) {
            super(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class), true);
        }
    }
}
