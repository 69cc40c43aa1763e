package org.smartcourt.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Public: anyone holding a court document may check it, without an account. */
@RestController
@RequestMapping("/api/v1/documents/verify")
class VerificationApi {

    private final Verification verification;

    VerificationApi(Verification verification) {
        this.verification = verification;
    }

    /** The code as JSON. */
    record CodeRequest(@Nullable String code) {}

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Verify a sealed PDF",
            description = "Upload the PDF as `file`, optionally with the `code` printed on it. One changed byte makes"
                    + " the answer ALTERED.")
    VerificationResult verifyUpload(
            @RequestPart(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "code", required = false) @Nullable String code) {
        return VerificationResult.of(verification.verify(file, code));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Verify a document by the verification code printed on it")
    VerificationResult verifyCode(@RequestBody CodeRequest request) {
        return VerificationResult.of(verification.verify(null, request.code()));
    }

    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "Verify a document by the verification code printed on it (form)")
    VerificationResult verifyCodeForm(@RequestParam(name = "code", required = false) @Nullable String code) {
        return VerificationResult.of(verification.verify(null, code));
    }
}
