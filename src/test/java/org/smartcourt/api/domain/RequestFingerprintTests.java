package org.smartcourt.api.domain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestFingerprintTests {

    private static final RequestFingerprint ORIGINAL =
            RequestFingerprint.of("POST", "/api/v1/cases", "{\"a\":1}".getBytes(UTF_8));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the same request has the same fingerprint     | POST  | /api/v1/cases       | {"a":1} | true
            another body is another request                | POST  | /api/v1/cases       | {"a":2} | false
            whitespace in the body counts                  | POST  | /api/v1/cases       | {"a": 1}| false
            another method is another request              | PUT   | /api/v1/cases       | {"a":1} | false
            another path is another request                | POST  | /api/v1/case        | {"a":1} | false
            another query is another request               | POST  | /api/v1/cases?x=1   | {"a":1} | false
            moving bytes from path to body changes it      | POST  | /api/v1/cases{      | "a":1}  | false
            """)
    void fingerprintsTellRequestsApart(String rule, String method, String target, String body, boolean same) {
        var fingerprint = RequestFingerprint.of(method, target, body.getBytes(UTF_8));

        assertThat(fingerprint.equals(ORIGINAL)).isEqualTo(same);
    }

    @Test
    void aFingerprintIsTheHexSha256OfTheRequest() {
        assertThat(ORIGINAL.sha256()).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void aBodyReadFromAStreamGivesTheSameFingerprintAsItsBytes() throws Exception {
        var streamed = RequestFingerprint.digest("POST", "/api/v1/cases")
                .add(new ByteArrayInputStream("{\"a\":1}".getBytes(UTF_8)))
                .finish();

        assertThat(streamed).isEqualTo(ORIGINAL);
    }

    @Test
    void piecesCannotBeRegroupedIntoTheSameFingerprint() {
        var twoPieces =
                RequestFingerprint.digest("POST", "/x").add("ab").add("c").finish();
        var otherSplit =
                RequestFingerprint.digest("POST", "/x").add("a").add("bc").finish();

        assertThat(twoPieces).isNotEqualTo(otherSplit);
    }
}
