package org.smartcourt.identity;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.Language;

/** What other modules may know of an account: its holder's name, real-name status, lawyer's licence and contacts. */
public interface AccountProfiles {

    /** The profile of an account; empty for an unknown or malformed username. */
    Optional<AccountProfile> profile(String username);

    /**
     * @param name the natural person's or organisation's name as registered
     * @param verified whether the real-name verification succeeded (在线诉讼规则 Art. 7)
     * @param lawyerLicenceNumber the licence number when the account practises as a lawyer
     * @param mobile the mainland mobile number given at registration
     * @param email the e-mail address, when one was given
     * @param language the language the holder reads the platform in, for messages sent to them
     */
    record AccountProfile(
            String username,
            String name,
            boolean verified,
            @Nullable String lawyerLicenceNumber,
            String mobile,
            @Nullable String email,
            Language language) {}
}
