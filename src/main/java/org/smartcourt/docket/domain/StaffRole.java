package org.smartcourt.docket.domain;

/** The court-staff roles the docket asks about; each is held at a court. */
public enum StaffRole {
    CLERK,
    JUDGE,
    PRESIDENT
}
