package org.smartcourt.docket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@CourtIntegrationTest
class CaseOutlineIT {

    private static final CourtCode COURT = CourtCode.of("鲁0102");

    @Autowired
    Docket docket;

    @Test
    void otherModulesLearnWhoFiledACaseAndWhoThePartiesAre() {
        var plaintiff = Filings.unique("plaintiff");
        var id = docket.open(Filings.privateLending(COURT, plaintiff, Filings.unique("defendant")));

        assertThat(docket.filerOf(id)).contains(plaintiff);
        var outline = docket.outline(id).orElseThrow();
        assertThat(outline.court()).isEqualTo(COURT);
        assertThat(outline.namesOf(PartyRole.PLAINTIFF)).containsExactly("张三");
        assertThat(outline.namesOf(PartyRole.DEFENDANT)).containsExactly("李四");
        assertThat(outline.defects()).isEqualTo(List.of());
        assertThat(docket.filerOf(CaseId.random())).isEmpty();
    }
}
