package org.smartcourt.documents.sealing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.smartcourt.documents.DocumentsProperties;
import org.smartcourt.documents.domain.KeyVault;
import org.smartcourt.shared.CourtCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The courts' seals. A court's seal comes from a configured PKCS#12 file when there is one, else from the platform
 * certificate authority, which issues it on the court's first use. The authority itself is created on the first start.
 * Keys live encrypted in the {@link KeyVault}; decrypted keys are kept in memory for the life of the node.
 */
@Component
public class CourtSeals {

    static final String AUTHORITY_ALIAS = "platform-ca";

    private final KeyVault vault;
    private final DocumentsProperties properties;
    private final Path keysDirectory;
    private final Clock clock;
    private final Map<CourtCode, Seal> seals = new ConcurrentHashMap<>();
    private volatile CertificateAuthority authority;
    private volatile KeyEncryption encryption;
    private volatile List<Seal> imported;

    CourtSeals(
            KeyVault vault,
            DocumentsProperties properties,
            @Value("${smartcourt.data-dir}") Path dataDir,
            Clock clock) {
        this.vault = vault;
        this.properties = properties;
        this.keysDirectory = dataDir.resolve("keys");
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createTheAuthorityOnFirstStart() {
        authority();
        importedSeals();
    }

    /** The court's seal, created by the platform authority on first use unless one was imported for the court. */
    public Seal sealFor(CourtCode court, String courtName) {
        return seals.computeIfAbsent(
                court,
                code -> importedSeals().stream()
                        .filter(seal -> seal.court().equals(code))
                        .findFirst()
                        .orElseGet(() -> issuedSeal(code, courtName)));
    }

    /** The certificate of the platform authority: seals it issued are trusted. */
    public X509Certificate authorityCertificate() {
        return authority().certificate();
    }

    /** Imported seal certificates, each trusted by itself (not every certificate of the CA that issued it). */
    public List<X509Certificate> importedCertificates() {
        return importedSeals().stream().map(Seal::certificate).toList();
    }

    private Seal issuedSeal(CourtCode court, String courtName) {
        var stored = vault.findOrCreate("seal:" + court.value(), () -> {
            var pair = CertificateAuthority.newKeyPair();
            var certificate = authority().issueSeal(pair.getPublic(), court, courtName, clock.instant());
            return new KeyVault.StoredKey(
                    "seal:" + court.value(),
                    Pem.write(List.of(certificate, authority().certificate())),
                    encryption().encrypt(pair.getPrivate()),
                    clock.instant());
        });
        return new Seal(
                court,
                courtName,
                encryption().decrypt(stored.encryptedPrivateKeyPem()),
                Pem.certificates(stored.certificateChainPem()));
    }

    private CertificateAuthority authority() {
        var current = authority;
        if (current == null) {
            synchronized (this) {
                if (authority == null) {
                    var stored = vault.findOrCreate(AUTHORITY_ALIAS, () -> {
                        var created = CertificateAuthority.createRoot(clock.instant());
                        return new KeyVault.StoredKey(
                                AUTHORITY_ALIAS,
                                Pem.write(List.of(created.certificate())),
                                encryption().encrypt(created.key()),
                                clock.instant());
                    });
                    authority = new CertificateAuthority(
                            encryption().decrypt(stored.encryptedPrivateKeyPem()),
                            Pem.certificates(stored.certificateChainPem()).get(0));
                }
                current = authority;
            }
        }
        return current;
    }

    private KeyEncryption encryption() {
        var current = encryption;
        if (current == null) {
            var configured = properties.keyPassword();
            current = new KeyEncryption(
                    configured != null && !configured.isBlank()
                            ? configured.toCharArray()
                            : KeyPasswordFile.readOrCreate(keysDirectory));
            encryption = current;
        }
        return current;
    }

    private List<Seal> importedSeals() {
        var current = imported;
        if (current == null) {
            var loaded = new ArrayList<Seal>();
            properties.seals().forEach((code, file) -> loaded.add(importSeal(CourtCode.of(code), file)));
            current = List.copyOf(loaded);
            imported = current;
        }
        return current;
    }

    static Seal importSeal(CourtCode court, DocumentsProperties.ImportedSeal file) {
        var password = file.password() == null ? new char[0] : file.password().toCharArray();
        try (InputStream in = Files.newInputStream(file.pkcs12())) {
            var store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (var alias : java.util.Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    var key = (PrivateKey) store.getKey(alias, password);
                    var chain = Arrays.stream(store.getCertificateChain(alias))
                            .map(X509Certificate.class::cast)
                            .toList();
                    return new Seal(court, commonName(chain.get(0)), key, chain);
                }
            }
            throw new IllegalStateException("No private key in " + file.pkcs12());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seal of " + court + " from " + file.pkcs12(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the seal of " + court + " from " + file.pkcs12(), e);
        }
    }

    static String commonName(X509Certificate certificate) {
        var name = org.bouncycastle.asn1.x500.X500Name.getInstance(
                certificate.getSubjectX500Principal().getEncoded());
        var common = name.getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.CN);
        return common.length == 0
                ? certificate.getSubjectX500Principal().getName()
                : org.bouncycastle.asn1.x500.style.IETFUtils.valueToString(
                        common[0].getFirst().getValue());
    }
}
