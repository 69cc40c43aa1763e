package org.smartcourt.identity.web;

import java.net.URI;
import org.smartcourt.identity.application.LookUpAccount;
import org.smartcourt.identity.application.RegisterAccount;
import org.smartcourt.identity.application.VerifyRealName;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Registration by API and the signed-in account's own view of itself. */
@RestController
@RequestMapping("/api/v1")
class AccountApiController implements IdentityApi {

    private final RegisterAccount register;
    private final LookUpAccount lookUp;
    private final VerifyRealName verify;

    AccountApiController(RegisterAccount register, LookUpAccount lookUp, VerifyRealName verify) {
        this.register = register;
        this.lookUp = lookUp;
        this.verify = verify;
    }

    @PostMapping("/accounts")
    ResponseEntity<ApiResponses.Registered> register(@RequestBody ApiRequests.Register body) {
        var username = register.register(body.registration());
        return ResponseEntity.created(URI.create("/api/v1/me")).body(new ApiResponses.Registered(username.value()));
    }

    @GetMapping("/me")
    ApiResponses.Me me(Authentication authentication) {
        return ApiResponses.Me.of(lookUp.of(authentication.getName()));
    }

    @PostMapping("/me/verification")
    ApiResponses.Me verify(@RequestBody ApiRequests.Verify body, Authentication authentication) {
        ApiRequests.refuseUnknown(body.unknown());
        var claim =
                new VerifyRealName.Claim(body.name(), body.idNumber(), body.creditCode(), body.legalRepresentative());
        return ApiResponses.Me.of(verify.verify(authentication.getName(), claim));
    }
}
