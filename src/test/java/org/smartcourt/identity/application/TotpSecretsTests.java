package org.smartcourt.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcourt.identity.domain.Base32;

class TotpSecretsTests {

    private static byte[] key(int fill) {
        var key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void aSealedSecretOpensOnlyWithTheSameKeyAndDoesNotShowTheSecret() {
        var secrets = new TotpSecrets(new IdentityKeys(key(1)));
        var secret = secrets.generate();

        var sealed = secrets.seal(secret);

        assertThat(sealed).startsWith("v1:").doesNotContain(secret);
        assertThat(secrets.seal(secret)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(secrets.unseal(sealed)).isEqualTo(Base32.decode(secret));
        assertThatIllegalStateException().isThrownBy(() -> new TotpSecrets(new IdentityKeys(key(2))).unseal(sealed));
    }

    @Test
    void withoutAConfiguredKeyOneIsGeneratedOnceAndKeptInTheDataDirectory(@TempDir Path dataDir) {
        var first = IdentityKeys.load(null, dataDir);
        var second = IdentityKeys.load("", dataDir);

        assertThat(dataDir.resolve("keys/identity.key")).exists();
        assertThat(second.tokenSigningKey().getEncoded())
                .isEqualTo(first.tokenSigningKey().getEncoded());
        assertThat(first.tokenSigningKey().getEncoded())
                .isNotEqualTo(first.totpEncryptionKey().getEncoded());
    }
}
