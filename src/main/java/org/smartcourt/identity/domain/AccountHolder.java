package org.smartcourt.identity.domain;

import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.MobileNumber;
import org.smartcourt.identity.ResidentIdNumber;
import org.smartcourt.identity.UnifiedSocialCreditCode;

/** The person behind an account, as registered. */
public sealed interface AccountHolder {

    String name();

    MobileNumber mobile();

    AccountKind kind();

    /** The number that identifies the holder: resident ID number or unified social credit code. */
    String identityNumber();

    /** A citizen, identified by the resident ID number. */
    record NaturalPerson(
            String name,
            ResidentIdNumber idNumber,
            MobileNumber mobile,
            @Nullable String email) implements AccountHolder {

        public NaturalPerson {
            requireName(name);
        }

        @Override
        public AccountKind kind() {
            return AccountKind.NATURAL_PERSON;
        }

        @Override
        public String identityNumber() {
            return idNumber.value();
        }
    }

    /** A company or other organisation, identified by its unified social credit code and acting through its 法定代表人. */
    record LegalPerson(String name, UnifiedSocialCreditCode creditCode, String legalRepresentative, MobileNumber mobile)
            implements AccountHolder {

        public LegalPerson {
            requireName(name);
            requireName(legalRepresentative);
        }

        @Override
        public AccountKind kind() {
            return AccountKind.LEGAL_PERSON;
        }

        @Override
        public String identityNumber() {
            return creditCode.value();
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("A name must have 1 to 100 characters");
        }
    }
}
