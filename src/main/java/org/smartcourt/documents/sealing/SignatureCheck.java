package org.smartcourt.documents.sealing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.jspecify.annotations.Nullable;
import org.smartcourt.documents.domain.Verdict;

/**
 * Checks a PDF's seal from its raw bytes: every signature must cover the whole file but its own {@code /Contents}, the
 * CMS signature must verify over those bytes, and the signer must be a trusted seal. One changed byte anywhere, and
 * anything appended after sealing (an incremental update), fails.
 */
public final class SignatureCheck {

    private static final List<byte[]> SIGNATURE_MARKERS = List.of(
            "/ETSI.CAdES.detached".getBytes(StandardCharsets.US_ASCII),
            "/adbe.pkcs7".getBytes(StandardCharsets.US_ASCII),
            "/Type /Sig".getBytes(StandardCharsets.US_ASCII),
            "/Type/Sig".getBytes(StandardCharsets.US_ASCII));

    private final X509Certificate authority;
    private final List<X509Certificate> pinned;

    /**
     * @param authority seals it issued are trusted
     * @param pinned seal certificates trusted by themselves (imported from a real CA)
     */
    public SignatureCheck(X509Certificate authority, List<X509Certificate> pinned) {
        this.authority = authority;
        this.pinned = List.copyOf(pinned);
    }

    /**
     * What the bytes say.
     *
     * @param signer the seal's certificate, when the signature verified
     * @param reason a short machine-readable reason, for the log and for tests
     */
    public record Result(Verdict verdict, @Nullable X509Certificate signer, String reason) {}

    public Result check(byte[] pdf) {
        var ranges = SignedRange.findAll(pdf);
        if (ranges.isEmpty()) {
            return SIGNATURE_MARKERS.stream().anyMatch(marker -> SignedRange.indexOf(pdf, marker, 0) >= 0)
                    ? new Result(Verdict.ALTERED, null, "signature-damaged")
                    : new Result(Verdict.NOT_SIGNED, null, "no-signature");
        }
        X509Certificate signer = null;
        for (var found : ranges) {
            if (found.isEmpty() || !found.get().coversWholeFile(pdf)) {
                return new Result(Verdict.ALTERED, null, "byte-range-does-not-cover-file");
            }
            var range = found.get();
            var result = verifyCms(range.contents(pdf), range.signedBytes(pdf));
            if (result.verdict() != Verdict.GENUINE) {
                return result;
            }
            signer = result.signer();
        }
        return new Result(Verdict.GENUINE, signer, "signature-valid");
    }

    private Result verifyCms(byte[] contents, byte[] signedBytes) {
        try (var in = new ByteArrayInputStream(contents);
                var asn1 = new ASN1InputStream(in, contents.length)) {
            // Exactly one ASN.1 object; what follows it in /Contents must be the zero padding.
            var object = asn1.readObject();
            var rest = in.readAllBytes();
            if (object == null || !allZero(rest)) {
                return new Result(Verdict.ALTERED, null, "contents-not-one-signature");
            }
            var cms = new CMSSignedData(new CMSProcessableByteArray(signedBytes), ContentInfo.getInstance(object));
            var signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return new Result(Verdict.ALTERED, null, "not-one-signer");
            }
            var signerInfo = signers.iterator().next();
            @SuppressWarnings("unchecked")
            var matches = cms.getCertificates().getMatches(signerInfo.getSID());
            if (matches.isEmpty()) {
                return new Result(Verdict.ALTERED, null, "signer-certificate-missing");
            }
            var holder = (X509CertificateHolder) matches.iterator().next();
            var certificate = new JcaX509CertificateConverter()
                    .setProvider(CryptoProvider.BC)
                    .getCertificate(holder);
            if (!signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(CryptoProvider.BC)
                    .build(certificate))) {
                return new Result(Verdict.ALTERED, null, "signature-invalid");
            }
            if (!boundToCertificate(signerInfo, certificate)) {
                return new Result(Verdict.ALTERED, null, "signing-certificate-mismatch");
            }
            if (!cms.getDigestAlgorithmIDs().equals(java.util.Set.of(signerInfo.getDigestAlgorithmID()))) {
                return new Result(Verdict.ALTERED, null, "digest-algorithms-changed");
            }
            if (!embeddedCertificatesIntact(cms)) {
                return new Result(Verdict.ALTERED, null, "embedded-certificate-changed");
            }
            return trusted(certificate)
                    ? new Result(Verdict.GENUINE, certificate, "signature-valid")
                    : new Result(Verdict.UNKNOWN_SIGNER, certificate, "signer-not-trusted");
        } catch (CMSException | IOException | IllegalArgumentException | ClassCastException e) {
            // Digest mismatch (CMSSignerDigestMismatchException) or a damaged structure.
            return new Result(Verdict.ALTERED, null, "signature-invalid");
        } catch (OperatorCreationException | GeneralSecurityException e) {
            return new Result(Verdict.ALTERED, null, "signature-unreadable");
        }
    }

    /** When the signing-certificate-v2 attribute is present it must name this certificate. */
    private static boolean boundToCertificate(SignerInformation signer, X509Certificate certificate)
            throws GeneralSecurityException {
        var attributes = signer.getSignedAttributes();
        var attribute = attributes == null ? null : attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return true;
        }
        var ids = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0))
                .getCerts();
        return ids.length > 0 && Arrays.equals(ids[0].getCertHash(), CadesSignature.sha256(certificate.getEncoded()));
    }

    /**
     * Every certificate carried in the signature still verifies under a carried certificate of its issuer's name, when
     * the signature carries one (a changed byte in a carried CA certificate breaks its self-signature).
     */
    private static boolean embeddedCertificatesIntact(CMSSignedData cms) throws GeneralSecurityException {
        var converter = new JcaX509CertificateConverter().setProvider(CryptoProvider.BC);
        var carried = new java.util.ArrayList<X509Certificate>();
        for (var holder : cms.getCertificates().getMatches(null)) {
            carried.add(converter.getCertificate(holder));
        }
        for (var certificate : carried) {
            var issuers = carried.stream()
                    .filter(issuer -> issuer.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()))
                    .toList();
            if (!issuers.isEmpty() && issuers.stream().noneMatch(issuer -> signedBy(certificate, issuer))) {
                return false;
            }
        }
        return true;
    }

    private static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
        try {
            certificate.verify(issuer.getPublicKey(), CryptoProvider.BC);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private boolean trusted(X509Certificate certificate) {
        if (pinned.contains(certificate)) {
            return true;
        }
        if (!certificate.getIssuerX500Principal().equals(authority.getSubjectX500Principal())) {
            return false;
        }
        // Validity dates are not checked against today: a seal that expires later still sealed what it sealed.
        return signedBy(certificate, authority);
    }

    private static boolean allZero(byte[] bytes) {
        for (var b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
