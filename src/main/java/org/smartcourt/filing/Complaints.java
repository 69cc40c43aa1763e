package org.smartcourt.filing;

import java.util.Optional;
import org.smartcourt.docket.CaseId;
import org.smartcourt.documents.DocumentHash;

/** The complaints filed online, for the module that serves their copies on the defendants (CPL Art. 128). */
public interface Complaints {

    /** The complaint PDF the case was filed with; empty when the case was not filed through the platform. */
    Optional<DocumentHash> complaintOf(CaseId caseId);
}
