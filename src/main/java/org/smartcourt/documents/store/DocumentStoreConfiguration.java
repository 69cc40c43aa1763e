package org.smartcourt.documents.store;

import java.nio.file.Path;
import org.smartcourt.documents.DocumentsProperties;
import org.smartcourt.documents.domain.DocumentStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Picks the document store named by {@code smartcourt.documents.store}. */
@Configuration(proxyBeanMethods = false)
class DocumentStoreConfiguration {

    @Bean
    DocumentStore documentStore(DocumentsProperties properties, @Value("${smartcourt.data-dir}") Path dataDir) {
        return switch (properties.store()) {
            case FILESYSTEM -> new FileSystemDocumentStore(dataDir.resolve("documents"));
            case S3 ->
                new S3DocumentStore(s3Client(properties.s3()), properties.s3().bucket());
        };
    }

    /** A client for the configured endpoint; without keys it uses the SDK's usual sources (environment, profile). */
    static S3Client s3Client(DocumentsProperties.S3 settings) {
        var builder = S3Client.builder().region(Region.of(settings.region())).forcePathStyle(settings.pathStyle());
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        if (settings.accessKey() != null && settings.secretKey() != null) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }
}
