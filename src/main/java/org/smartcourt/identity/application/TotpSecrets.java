package org.smartcourt.identity.application;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.smartcourt.identity.domain.Base32;

/** Creates TOTP secrets and keeps them encrypted at rest with AES-GCM. */
public final class TotpSecrets {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    TotpSecrets(IdentityKeys keys) {
        this.key = keys.totpEncryptionKey();
    }

    /** A new random 160-bit secret, as RFC 4226 recommends, in base 32 for authenticator apps. */
    public String generate() {
        var secret = new byte[20];
        random.nextBytes(secret);
        return Base32.encode(secret);
    }

    public String seal(String base32Secret) {
        try {
            var iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            var sealed = cipher.doFinal(Base32.decode(base32Secret));
            var out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed);
            return PREFIX + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a TOTP secret", e);
        }
    }

    /** The raw secret bytes. */
    public byte[] unseal(String sealed) {
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("Unknown TOTP secret format");
        }
        try {
            var bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt a TOTP secret: wrong smartcourt.identity.secret-key?", e);
        }
    }
}
