package org.smartcourt.documents.sealing;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * Private keys at rest as encrypted PKCS#8 (PBES2: PBKDF2 with HMAC-SHA-256 and AES-256-CBC), the format
 * {@code openssl pkcs8} reads, so an operator can take a key out with standard tools and the password.
 */
final class KeyEncryption {

    private static final int ITERATIONS = 100_000;

    private final char[] password;
    private final SecureRandom random = new SecureRandom();

    KeyEncryption(char[] password) {
        if (password.length == 0) {
            throw new IllegalArgumentException("The key-encryption password is empty");
        }
        this.password = password.clone();
    }

    String encrypt(PrivateKey key) {
        try {
            var encryptor = new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                    .setPRF(PKCS8Generator.PRF_HMACSHA256)
                    .setIterationCount(ITERATIONS)
                    .setRandom(random)
                    .setPassword(password)
                    .setProvider(CryptoProvider.BC)
                    .build();
            var text = new StringWriter();
            try (var writer = new JcaPEMWriter(text)) {
                writer.writeObject(new JcaPKCS8Generator(key, encryptor));
            }
            return text.toString();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("Cannot encrypt a private key", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PrivateKey decrypt(String pem) {
        try (var parser = new PEMParser(new StringReader(pem))) {
            if (!(parser.readObject() instanceof PKCS8EncryptedPrivateKeyInfo encrypted)) {
                throw new IllegalStateException("Not an encrypted PKCS#8 private key");
            }
            var decryptor = new JceOpenSSLPKCS8DecryptorProviderBuilder()
                    .setProvider(CryptoProvider.BC)
                    .build(password);
            return new JcaPEMKeyConverter()
                    .setProvider(CryptoProvider.BC)
                    .getPrivateKey(encrypted.decryptPrivateKeyInfo(decryptor));
        } catch (OperatorCreationException | PKCSException e) {
            throw new IllegalStateException(
                    "Cannot decrypt a private key: is smartcourt.documents.key-password the one it was stored with?",
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
