package org.smartcourt.documents.sealing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.smartcourt.shared.CourtCode;

/**
 * The platform's own certificate authority: a self-signed EC P-256 root that issues one seal certificate per court
 * (subject CN = court name, O = court code; key usage digitalSignature and nonRepudiation).
 */
final class CertificateAuthority {

    static final String ROOT_NAME = "SmartCourt Platform Seal CA";
    private static final Duration ROOT_VALIDITY = Duration.ofDays(20 * 365);
    private static final Duration SEAL_VALIDITY = Duration.ofDays(10 * 365);
    private static final Duration CLOCK_SKEW = Duration.ofHours(1);
    private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PrivateKey key;
    private final X509Certificate certificate;

    CertificateAuthority(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** Makes a new root authority; the caller stores it. */
    static CertificateAuthority createRoot(Instant now) {
        var pair = newKeyPair();
        var name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, ROOT_NAME)
                .addRDN(BCStyle.O, "SmartCourt")
                .build();
        try {
            var extensions = new JcaX509ExtensionUtils();
            var builder = builder(name, name, pair.getPublic(), now, ROOT_VALIDITY)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(
                            Extension.subjectKeyIdentifier,
                            false,
                            extensions.createSubjectKeyIdentifier(pair.getPublic()));
            return new CertificateAuthority(pair.getPrivate(), sign(builder, pair.getPrivate()));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("Cannot create the platform certificate authority", e);
        }
    }

    /** Issues a seal certificate for a court's public key. */
    X509Certificate issueSeal(PublicKey sealKey, CourtCode court, String courtName, Instant now) {
        var subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, courtName)
                .addRDN(BCStyle.O, court.value())
                .addRDN(BCStyle.C, "CN")
                .build();
        try {
            var extensions = new JcaX509ExtensionUtils();
            var issuer =
                    X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
            var builder = builder(issuer, subject, sealKey, now, SEAL_VALIDITY)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(
                            Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(sealKey))
                    .addExtension(
                            Extension.authorityKeyIdentifier,
                            false,
                            extensions.createAuthorityKeyIdentifier(certificate));
            return sign(builder, key);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("Cannot issue a seal certificate for " + court, e);
        }
    }

    static KeyPair newKeyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is required by every Java platform", e);
        }
    }

    PrivateKey key() {
        return key;
    }

    private static X509v3CertificateBuilder builder(
            X500Name issuer, X500Name subject, PublicKey key, Instant now, Duration validity) {
        var serial = new BigInteger(127, RANDOM).add(BigInteger.ONE);
        return new JcaX509v3CertificateBuilder(
                issuer, serial, Date.from(now.minus(CLOCK_SKEW)), Date.from(now.plus(validity)), subject, key);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signingKey)
            throws GeneralSecurityException {
        try {
            var signer = new JcaContentSignerBuilder(SIGNATURE_ALGORITHM)
                    .setProvider(CryptoProvider.BC)
                    .build(signingKey);
            return new JcaX509CertificateConverter()
                    .setProvider(CryptoProvider.BC)
                    .getCertificate(builder.build(signer));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
