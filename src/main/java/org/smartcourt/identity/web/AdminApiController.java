package org.smartcourt.identity.web;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.application.ChangeRoles;
import org.smartcourt.identity.application.CreateAccount;
import org.smartcourt.identity.application.GrantRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Platform administrators open staff accounts and change roles. */
@RestController
@RequestMapping("/api/v1/admin/accounts")
@PreAuthorize("hasRole('ADMIN')")
class AdminApiController implements IdentityApi {

    private final CreateAccount create;
    private final ChangeRoles roles;

    AdminApiController(CreateAccount create, ChangeRoles roles) {
        this.create = create;
        this.roles = roles;
    }

    @PostMapping
    ResponseEntity<ApiResponses.Created> create(
            @RequestBody ApiRequests.CreateAccount body, Authentication administrator) {
        var created = create.create(administrator.getName(), body.registration(), body.grants());
        return ResponseEntity.created(URI.create("/api/v1/admin/accounts/" + created.username()))
                .cacheControl(CacheControl.noStore())
                .body(new ApiResponses.Created(created.username(), created.totpSecret()));
    }

    @PostMapping("/{username}/roles")
    ResponseEntity<ApiResponses.Roles> grant(
            @PathVariable String username, @RequestBody ApiRequests.Grant body, Authentication administrator) {
        var changed = roles.grant(administrator.getName(), username, body.request());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new ApiResponses.Roles(
                        changed.account().username(), ApiResponses.roles(changed.account()), changed.newTotpSecret()));
    }

    @DeleteMapping("/{username}/roles")
    ApiResponses.Roles revoke(
            @PathVariable String username,
            @RequestParam String role,
            @RequestParam(required = false) @Nullable String court,
            Authentication administrator) {
        var account = roles.revoke(administrator.getName(), username, new GrantRequest(role, court, null, null));
        return new ApiResponses.Roles(account.username(), ApiResponses.roles(account), null);
    }
}
