package org.smartcourt.identity.web;

import java.util.List;
import org.smartcourt.identity.application.StaffDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Court staff see where they work and with whom. */
@RestController
@RequestMapping("/api/v1/staff")
@PreAuthorize("hasAnyRole('CLERK', 'JUDGE', 'PRESIDENT', 'FINANCE')")
class StaffApiController implements IdentityApi {

    private final StaffDirectory directory;

    StaffApiController(StaffDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/court")
    List<StaffDirectory.Court> court(Authentication authentication) {
        return directory.of(authentication.getName());
    }
}
