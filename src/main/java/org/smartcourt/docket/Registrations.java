package org.smartcourt.docket;

import java.util.Optional;

/**
 * The registration of cases as other modules may read it at once, without waiting for {@link CaseRegistered} to reach
 * them (the service of documents serves on a case a clerk has just registered).
 */
public interface Registrations {

    /** The case's registration (number, court, procedure, parties' names, time); empty while it is not registered. */
    Optional<CaseRegistered> of(CaseId caseId);
}
