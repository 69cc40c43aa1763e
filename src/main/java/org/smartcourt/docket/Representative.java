package org.smartcourt.docket;

/**
 * A 诉讼代理人 (lawyer) acting for a party of the case.
 *
 * @param lawyer the lawyer's platform username
 * @param licenceNumber the 律师执业证号
 * @param forParty the {@link Party#identification() identification} of the party represented
 */
public record Representative(String lawyer, String licenceNumber, String forParty) {

    public Representative {
        if (lawyer == null || lawyer.isBlank()) {
            throw new IllegalArgumentException("A representative needs the lawyer's username");
        }
        if (licenceNumber == null || licenceNumber.isBlank()) {
            throw new IllegalArgumentException("A representative needs a licence number");
        }
        if (forParty == null || forParty.isBlank()) {
            throw new IllegalArgumentException("A representative acts for a party");
        }
        lawyer = lawyer.strip();
        licenceNumber = licenceNumber.strip();
        forParty = forParty.strip();
    }
}
