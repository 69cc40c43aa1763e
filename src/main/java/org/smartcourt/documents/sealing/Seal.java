package org.smartcourt.documents.sealing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.smartcourt.shared.CourtCode;

/**
 * A court's e-seal: its signing key and its certificate chain, leaf first.
 *
 * @param courtName the name on the seal and in the certificate subject
 */
public record Seal(CourtCode court, String courtName, PrivateKey key, List<X509Certificate> chain) {

    public Seal {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("A seal needs its certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    String signatureAlgorithm() {
        return key.getAlgorithm().equals("EC") || key.getAlgorithm().equals("ECDSA")
                ? "SHA256withECDSA"
                : "SHA256withRSA";
    }
}
