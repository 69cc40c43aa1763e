package org.smartcourt.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.application.ChangeLanguage;
import org.smartcourt.identity.application.IdentityProblem;
import org.smartcourt.identity.application.LookUpAccount;
import org.smartcourt.identity.application.StaffDirectory;
import org.smartcourt.identity.application.VerifyRealName;
import org.smartcourt.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own pages: the account, real-name verification and, for staff, the workbench. */
@Controller
class AccountController {

    private final LookUpAccount lookUp;
    private final VerifyRealName verify;
    private final ChangeLanguage changeLanguage;
    private final StaffDirectory staff;
    private final LocaleResolver locales;
    private final MessageSource messages;
    private final Clock clock;

    AccountController(
            LookUpAccount lookUp,
            VerifyRealName verify,
            ChangeLanguage changeLanguage,
            StaffDirectory staff,
            LocaleResolver locales,
            MessageSource messages,
            Clock clock) {
        this.clock = clock;
        this.lookUp = lookUp;
        this.verify = verify;
        this.changeLanguage = changeLanguage;
        this.staff = staff;
        this.locales = locales;
        this.messages = messages;
    }

    @GetMapping("/account")
    String account(Authentication authentication, Model model) {
        var account = lookUp.of(authentication.getName());
        model.addAttribute("account", account);
        model.addAttribute("languages", Language.values());
        var verifiedAt = account.verifiedAt();
        model.addAttribute(
                "verifiedAt",
                verifiedAt == null
                        ? ""
                        : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                .withZone(clock.getZone())
                                .format(verifiedAt));
        return "identity/account";
    }

    @PostMapping("/account/language")
    String language(
            @RequestParam String language,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response) {
        var chosen = Language.of(Locale.forLanguageTag(language)).orElse(Language.DEFAULT);
        changeLanguage.change(authentication.getName(), chosen);
        locales.setLocale(request, response, chosen.locale());
        return "redirect:/account?languageChanged";
    }

    @GetMapping("/account/verify")
    String verifyForm(Authentication authentication, Model model) {
        var account = lookUp.of(authentication.getName());
        model.addAttribute("account", account);
        model.addAttribute("form", new VerificationForm());
        return "identity/verify";
    }

    @PostMapping("/account/verify")
    String verify(
            @ModelAttribute("form") VerificationForm form,
            BindingResult fields,
            Authentication authentication,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            verify.verify(authentication.getName(), form.claim());
            redirect.addFlashAttribute("verifiedNow", true);
            return "redirect:/account";
        } catch (IdentityProblem.InvalidRequest invalid) {
            invalid.fields().forEach(field -> fields.rejectValue(field.field(), field.messageCode()));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (IdentityProblem.DetailsDiffer | IdentityProblem.RealNameMismatch refused) {
            model.addAttribute("error", messages.getMessage("identity.problem." + refused.slug(), null, locale));
            response.setStatus(refused.getStatusCode().value());
        }
        model.addAttribute("account", lookUp.of(authentication.getName()));
        return "identity/verify";
    }

    @GetMapping("/staff")
    String workbench(Authentication authentication, Model model) {
        model.addAttribute("account", lookUp.of(authentication.getName()));
        model.addAttribute("courts", staff.of(authentication.getName()));
        return "identity/staff";
    }

    /** The verification form as typed. */
    static class VerificationForm {
        private @Nullable String name;
        private @Nullable String idNumber;
        private @Nullable String creditCode;
        private @Nullable String legalRepresentative;

        VerifyRealName.Claim claim() {
            return new VerifyRealName.Claim(name, idNumber, creditCode, legalRepresentative);
        }

        public @Nullable String getName() {
            return name;
        }

        public void setName(@Nullable String name) {
            this.name = name;
        }

        public @Nullable String getIdNumber() {
            return idNumber;
        }

        public void setIdNumber(@Nullable String idNumber) {
            this.idNumber = idNumber;
        }

        public @Nullable String getCreditCode() {
            return creditCode;
        }

        public void setCreditCode(@Nullable String creditCode) {
            this.creditCode = creditCode;
        }

        public @Nullable String getLegalRepresentative() {
            return legalRepresentative;
        }

        public void setLegalRepresentative(@Nullable String legalRepresentative) {
            this.legalRepresentative = legalRepresentative;
        }
    }
}
