package org.smartcourt.documents.sealing;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** One Bouncy Castle provider instance, handed to each builder rather than registered JVM-wide. */
final class CryptoProvider {

    static final Provider BC = new BouncyCastleProvider();

    private CryptoProvider() {}
}
