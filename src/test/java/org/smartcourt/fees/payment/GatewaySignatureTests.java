package org.smartcourt.fees.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GatewaySignatureTests {

    private static final GatewaySignature SIGNATURE = new GatewaySignature("0123456789abcdef-test-key");

    private static Map<String, String> notification() {
        var fields = new HashMap<String, String>();
        fields.put("order_id", "o-1");
        fields.put("amount", "900.00");
        fields.put("transaction_id", "SBX1");
        fields.put("status", "PAID");
        fields.put("merchant_id", "smartcourt");
        return fields;
    }

    @Test
    void theCanonicalFormSortsTheFieldsAndLeavesOutTheSignatureAndEmptyValues() {
        var fields = notification();
        fields.put("sign", "whatever");
        fields.put("method", "");

        assertThat(GatewaySignature.canonical(fields))
                .isEqualTo("amount=900.00&merchant_id=smartcourt&order_id=o-1&status=PAID&transaction_id=SBX1");
    }

    @Test
    void theSignatureIsHmacSha256InLowercaseHex() {
        // computed independently: printf 'a=1&b=2' | openssl dgst -sha256 -hmac 0123456789abcdef-test-key
        assertThat(SIGNATURE.sign(Map.of("b", "2", "a", "1")))
                .isEqualTo("578f12ee546b144f6289874e918fdde7e6f290ac88e37b18978347b0dedbffcc");
    }

    @Test
    void aSignedMessageVerifiesWhateverTheOrderOfItsFields() {
        var signed = SIGNATURE.signed(notification());

        assertThat(SIGNATURE.verify(new HashMap<>(signed))).isTrue();
    }

    @ParameterizedTest(name = "changing {0} to {1} breaks the signature")
    @CsvSource({"amount, 9000.00", "order_id, o-2", "transaction_id, SBX2", "sign, 00", "extra, 1"})
    void anyChangeBreaksTheSignature(String field, String value) {
        var signed = new HashMap<>(SIGNATURE.signed(notification()));
        signed.put(field, value);

        assertThat(SIGNATURE.verify(signed)).isFalse();
    }

    @Test
    void anotherKeyOrNoSignatureDoesNotVerify() {
        var signed = SIGNATURE.signed(notification());
        var unsigned = notification();

        assertThat(new GatewaySignature("another-key-of-16-chars").verify(signed))
                .isFalse();
        assertThat(SIGNATURE.verify(unsigned)).isFalse();
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new GatewaySignature("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
