package org.smartcourt.documents.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The public page where anyone checks a court document, by uploading it or typing its code (the QR code lands here). */
@Controller
@RequestMapping("/documents/verify")
class VerificationPage {

    private static final String VIEW = "documents/verify";

    private final Verification verification;

    VerificationPage(Verification verification) {
        this.verification = verification;
    }

    @GetMapping
    String page(@RequestParam(name = "code", required = false) @Nullable String code, Model model) {
        model.addAttribute("code", code == null ? "" : code);
        if (code != null && !code.isBlank()) {
            check(null, code, model);
        }
        return VIEW;
    }

    @PostMapping
    String verify(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "code", required = false) @Nullable String code,
            Model model) {
        model.addAttribute("code", code == null ? "" : code);
        check(file, code, model);
        return VIEW;
    }

    private void check(@Nullable MultipartFile file, @Nullable String code, Model model) {
        try {
            model.addAttribute("result", VerificationResult.of(verification.verify(file, code)));
        } catch (ErrorResponseException problem) {
            var field = problem.getDetailMessageCode().contains("code") ? "code" : "file";
            model.addAttribute("errorField", field);
            model.addAttribute("errorCode", problem.getDetailMessageCode());
            model.addAttribute("errorArguments", problem.getDetailMessageArguments());
        }
    }
}
