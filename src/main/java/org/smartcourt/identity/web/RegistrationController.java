package org.smartcourt.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.smartcourt.identity.application.Channel;
import org.smartcourt.identity.application.IdentityProblem;
import org.smartcourt.identity.application.LogIn;
import org.smartcourt.identity.application.RegisterAccount;
import org.smartcourt.shared.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Registration of natural persons ({@code /register}) and legal persons ({@code /register/organisation}). */
@Controller
class RegistrationController {

    private final RegisterAccount register;
    private final LogIn logIn;
    private final WebSignIn session;

    RegistrationController(RegisterAccount register, LogIn logIn, WebSignIn session) {
        this.register = register;
        this.logIn = logIn;
        this.session = session;
    }

    @GetMapping("/register")
    String person(Model model) {
        model.addAttribute("form", RegistrationForm.of("NATURAL_PERSON"));
        return "identity/register";
    }

    @GetMapping("/register/organisation")
    String organisation(Model model) {
        model.addAttribute("form", RegistrationForm.of("LEGAL_PERSON"));
        return "identity/register";
    }

    @PostMapping({"/register", "/register/organisation"})
    String submit(
            @ModelAttribute("form") RegistrationForm form,
            BindingResult fields,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        var language = Language.of(locale).orElse(Language.DEFAULT).tag();
        try {
            var username = register.register(form.registration(language));
            var outcome = logIn.signIn(
                    new LogIn.Credentials(username.value(), String.valueOf(form.getPassword()), null),
                    new LogIn.Origin(Channel.WEB, request.getRemoteAddr()),
                    true);
            if (outcome instanceof LogIn.Complete complete) {
                session.complete(complete.signedIn(), request, response);
            }
            return "redirect:/account/verify";
        } catch (IdentityProblem.InvalidRequest invalid) {
            invalid.fields().forEach(field -> fields.rejectValue(field.field(), field.messageCode()));
        } catch (IdentityProblem.UsernameTaken taken) {
            fields.rejectValue("username", "identity.problem.username-taken");
        } catch (IdentityProblem.IdentityAlreadyRegistered registered) {
            fields.rejectValue(
                    form.isOrganisation() ? "creditCode" : "idNumber", "identity.problem.identity-already-registered");
        }
        form.setPassword(null);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "identity/register";
    }
}
