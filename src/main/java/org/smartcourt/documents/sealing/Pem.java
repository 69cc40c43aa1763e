package org.smartcourt.documents.sealing;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/** Certificates to and from PEM text. */
final class Pem {

    private Pem() {}

    static String write(List<X509Certificate> certificates) {
        var text = new StringWriter();
        try (var writer = new JcaPEMWriter(text)) {
            for (var certificate : certificates) {
                writer.writeObject(certificate);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static List<X509Certificate> certificates(String pem) {
        var certificates = new ArrayList<X509Certificate>();
        var converter = new JcaX509CertificateConverter().setProvider(CryptoProvider.BC);
        try (var parser = new PEMParser(new StringReader(pem))) {
            for (var object = parser.readObject(); object != null; object = parser.readObject()) {
                if (object instanceof X509CertificateHolder holder) {
                    certificates.add(converter.getCertificate(holder));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CertificateException e) {
            throw new IllegalStateException("A stored certificate cannot be read", e);
        }
        return certificates;
    }
}
