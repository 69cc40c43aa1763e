package org.smartcourt.identity.domain;

import org.smartcourt.identity.LawyerLicenceNumber;

/** Where a lawyer practises: the licence number and the law firm (执业机构). */
public record LawyerPractice(LawyerLicenceNumber licenceNumber, String lawFirm) {

    public LawyerPractice {
        if (lawFirm == null || lawFirm.isBlank() || lawFirm.length() > 200) {
            throw new IllegalArgumentException("A law firm name must have 1 to 200 characters");
        }
    }
}
