package org.smartcourt.docket;

/** In which capacity someone acted on a case; shown on the timeline instead of private usernames. */
public enum ActorRole {
    /** The person who filed: a party or their lawyer. */
    FILER,
    /** A party acting for itself. */
    PARTY,
    /** A party's lawyer. */
    REPRESENTATIVE,
    /** 立案庭 staff deciding on registration. */
    CLERK,
    JUDGE,
    PRESIDENT,
    /** The court as an institution (automatic steps, documents issued). */
    COURT,
    /** The platform itself. */
    SYSTEM
}
