package org.smartcourt.filing.persistence;

import java.util.Optional;
import org.smartcourt.filing.domain.FilerProfile;
import org.smartcourt.filing.domain.Filers;
import org.smartcourt.identity.AccountProfiles;
import org.springframework.stereotype.Component;

/** The filer's name, real-name verification and lawyer's licence, as identity knows them. */
@Component
class IdentityFilers implements Filers {

    private final AccountProfiles accounts;

    IdentityFilers(AccountProfiles accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<FilerProfile> of(String username) {
        return accounts.profile(username)
                .map(profile -> new FilerProfile(
                        profile.username(), profile.name(), profile.verified(), profile.lawyerLicenceNumber()));
    }
}
