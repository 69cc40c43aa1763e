package org.smartcourt.documents.sealing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A detached CMS signature in the PAdES baseline B shape (ETSI EN 319 142-1 §6.3): signed attributes content-type,
 * message-digest and signing-certificate-v2; no signing-time attribute, because PAdES takes the time from the signature
 * dictionary's {@code /M} entry.
 */
final class CadesSignature {

    private CadesSignature() {}

    static byte[] sign(byte[] content, Seal seal) {
        try {
            var signer = new JcaContentSignerBuilder(seal.signatureAlgorithm())
                    .setProvider(CryptoProvider.BC)
                    .build(seal.key());
            var digests = new JcaDigestCalculatorProviderBuilder()
                    .setProvider(CryptoProvider.BC)
                    .build();
            var attributes = new DefaultSignedAttributeTableGenerator(new AttributeTable(signingCertificateV2(seal)));
            CMSAttributeTableGenerator withoutSigningTime =
                    parameters -> attributes.getAttributes(parameters).remove(CMSAttributes.signingTime);
            var generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(digests)
                    .setSignedAttributeGenerator(withoutSigningTime)
                    .build(signer, seal.certificate()));
            generator.addCertificates(new JcaCertStore(seal.chain()));
            return generator
                    .generate(new CMSProcessableByteArray(content), false)
                    .getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CMSException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with the seal of " + seal.court(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 5035: binds the signature to the signer's certificate by its SHA-256, so it cannot be swapped. */
    static Attribute signingCertificateV2(Seal seal) throws CertificateEncodingException {
        var certificate = seal.certificate();
        var issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
        var id = new ESSCertIDv2(
                sha256(certificate.getEncoded()),
                new IssuerSerial(new GeneralNames(new GeneralName(issuer)), certificate.getSerialNumber()));
        return new Attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(id)));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
