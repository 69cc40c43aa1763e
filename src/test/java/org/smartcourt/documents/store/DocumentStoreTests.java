package org.smartcourt.documents.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.findify.s3mock.S3Mock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.documents.DocumentsProperties;
import org.smartcourt.documents.domain.DocumentStore;
import org.smartcourt.documents.domain.TamperedContentException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The same behaviour from both stores: the file system, and S3 spoken to a real S3-protocol server in process. */
class DocumentStoreTests {

    private static final String BUCKET = "documents-test";

    @TempDir
    static Path directory;

    private static S3Mock s3Server;
    private static S3Client s3;

    @BeforeAll
    static void startS3Server() {
        s3Server = new S3Mock.Builder().withPort(0).withInMemoryBackend().build();
        var port = s3Server.start().localAddress().getPort();
        s3 = DocumentStoreConfiguration.s3Client(new DocumentsProperties.S3(
                URI.create("http://127.0.0.1:" + port), BUCKET, "us-east-1", "test", "test", true));
        s3.createBucket(request -> request.bucket(BUCKET));
    }

    @AfterAll
    static void stopS3Server() {
        s3.close();
        s3Server.shutdown();
    }

    static Stream<DocumentStore> stores() {
        return Stream.of(new FileSystemDocumentStore(directory.resolve("documents")), new S3DocumentStore(s3, BUCKET));
    }

    private static byte[] someContent() {
        return ("判决书 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void storedBytesComeBackUnderTheirSha256(DocumentStore store) {
        var content = someContent();

        var hash = store.put(content);

        assertThat(hash).isEqualTo(DocumentHash.of(content));
        assertThat(store.exists(hash)).isTrue();
        assertThat(store.get(hash))
                .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(content));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theSameBytesTwiceAreTheSameDocument(DocumentStore store) {
        var content = someContent();

        var first = store.put(content);
        var second = store.put(content.clone());

        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void anUnknownHashFindsNothing(DocumentStore store) {
        var unknown = DocumentHash.of(someContent());

        assertThat(store.exists(unknown)).isFalse();
        assertThat(store.get(unknown)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aFileChangedOnDiskIsRefusedOnRead() throws Exception {
        var store = new FileSystemDocumentStore(directory.resolve("tampered"));
        var hash = store.put(someContent());
        var file = store.pathOf(hash);
        file.toFile().setWritable(true);
        Files.writeString(file, "something else");

        assertThatThrownBy(() -> store.get(hash)).isInstanceOf(TamperedContentException.class);
    }

    @org.junit.jupiter.api.Test
    void anObjectChangedInTheBucketIsRefusedOnRead() {
        var store = new S3DocumentStore(s3, BUCKET);
        var hash = store.put(someContent());
        s3.putObject(
                request -> request.bucket(BUCKET).key(S3DocumentStore.keyOf(hash)),
                RequestBody.fromString("something else"));

        assertThatThrownBy(() -> store.get(hash)).isInstanceOf(TamperedContentException.class);
    }

    @org.junit.jupiter.api.Test
    void noHalfWrittenFilesAreLeftBehind() throws Exception {
        var root = directory.resolve("clean");
        var store = new FileSystemDocumentStore(root);

        store.put(someContent());
        store.put(someContent());

        try (var leftovers = Files.list(root.resolve("incoming"))) {
            assertThat(leftovers).isEmpty();
        }
    }
}
