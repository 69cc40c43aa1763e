package org.smartcourt.identity.domain;

import org.smartcourt.identity.ResidentIdNumber;
import org.smartcourt.identity.UnifiedSocialCreditCode;

/**
 * Checks that a name belongs to an identity number (实名认证), as the Online Litigation Rules (Art. 7) require before
 * a person acts on the platform. The built-in adapter compares with a registry file; a production adapter would ask
 * a government identity-authentication service (for citizens) or the enterprise credit register (for organisations).
 */
public interface RealNameVerifier {

    /** What is claimed: a citizen's name and ID number, or an organisation's name, code and legal representative. */
    sealed interface Claim {
        record Person(String name, ResidentIdNumber idNumber) implements Claim {}

        record Organisation(String name, UnifiedSocialCreditCode creditCode, String legalRepresentative)
                implements Claim {}
    }

    /** Whether the claim matched, and the name of the method that decided it (stored with the verification). */
    record Result(boolean matched, String method) {}

    Result verify(Claim claim);
}
