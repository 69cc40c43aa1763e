package org.smartcourt.judgments;

/**
 * The decisions of cases as other modules use them: a module that issues a decision (the inbox's ruling not to accept
 * a case, later the drafting of judgments) records it here, and this module tells when it takes effect.
 */
public interface Judgments {

    /**
     * Records a decision that was issued and served; it takes effect the day after its appeal period ends unless an
     * appeal against the case was opened by then (CPL Art. 158, 171), or on service when it cannot be appealed.
     * Recording the same document for the same case again changes nothing.
     */
    void issued(IssuedDecision decision);
}
