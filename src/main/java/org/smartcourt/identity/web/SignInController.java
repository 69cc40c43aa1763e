package org.smartcourt.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.application.Channel;
import org.smartcourt.identity.application.IdentityProblem;
import org.smartcourt.identity.application.LogIn;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form, and the one-time code step that court staff and administrators take after it. */
@Controller
class SignInController {

    private final LogIn logIn;
    private final WebSignIn session;
    private final MessageSource messages;

    SignInController(LogIn logIn, WebSignIn session, MessageSource messages) {
        this.logIn = logIn;
        this.session = session;
        this.messages = messages;
    }

    @GetMapping("/login")
    String form(Model model, @RequestParam(required = false) @Nullable String logout) {
        model.addAttribute("username", "");
        model.addAttribute("signedOut", logout != null);
        return "identity/login";
    }

    @PostMapping("/login")
    String signIn(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        try {
            var outcome = logIn.signIn(new LogIn.Credentials(username, password, null), origin(request), true);
            if (outcome instanceof LogIn.SecondFactorPending pending) {
                session.awaitSecondFactor(pending.username(), request);
                return "redirect:/login/totp";
            }
            return "redirect:" + session.complete(((LogIn.Complete) outcome).signedIn(), request, response);
        } catch (IdentityProblem problem) {
            response.setStatus(problem.getStatusCode().value());
            problem.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            model.addAttribute("username", username);
            model.addAttribute("signedOut", false);
            model.addAttribute("error", message(problem, locale));
            return "identity/login";
        }
    }

    @GetMapping("/login/totp")
    String codeForm(HttpServletRequest request) {
        return session.pending(request).isPresent() ? "identity/login-totp" : "redirect:/login";
    }

    @PostMapping("/login/totp")
    String checkCode(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        var pending = session.pending(request);
        if (pending.isEmpty()) {
            return "redirect:/login";
        }
        try {
            var signedIn = logIn.completeSecondFactor(pending.get(), code, origin(request));
            return "redirect:" + session.complete(signedIn, request, response);
        } catch (IdentityProblem problem) {
            response.setStatus(problem.getStatusCode().value());
            model.addAttribute("error", message(problem, locale));
            if (problem instanceof IdentityProblem.AccountLocked) {
                session.abandon(request);
                model.addAttribute("username", pending.get().value());
                model.addAttribute("signedOut", false);
                return "identity/login";
            }
            return "identity/login-totp";
        }
    }

    private String message(IdentityProblem problem, Locale locale) {
        return messages.getMessage(
                Objects.requireNonNull(problem.getDetailMessageCode()), problem.getDetailMessageArguments(), locale);
    }

    private static LogIn.Origin origin(HttpServletRequest request) {
        return new LogIn.Origin(Channel.WEB, request.getRemoteAddr());
    }
}
