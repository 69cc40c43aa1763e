package org.smartcourt.docket.application;

import java.util.List;
import org.smartcourt.docket.domain.CourtCase;
import org.smartcourt.docket.domain.CourtCases;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The cases a user filed, is a party to or represents, newest first. */
@Component
public class ListMyCases {

    private final CourtCases cases;

    ListMyCases(CourtCases cases) {
        this.cases = cases;
    }

    @Transactional(readOnly = true)
    public List<CourtCase> of(String username) {
        return cases.involving(username);
    }
}
