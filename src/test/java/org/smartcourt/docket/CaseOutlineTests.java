package org.smartcourt.docket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcourt.shared.CourtCode;

class CaseOutlineTests {

    private final CaseOutline outline = new CaseOutline(
            CaseId.random(),
            CourtCode.of("鲁0102"),
            "filer",
            Instant.parse("2026-11-29T01:00:00Z"),
            List.of(
                    new Party(PartyRole.PLAINTIFF, PartyKind.NATURAL_PERSON, "原告", "P-ID", "plaintiff"),
                    new Party(PartyRole.DEFENDANT, PartyKind.NATURAL_PERSON, "被告", "D-ID", "defendant"),
                    new Party(PartyRole.THIRD_PARTY, PartyKind.LEGAL_PERSON, "第三人", "T-ID", null)),
            List.of(
                    new Representative("plaintiffs-lawyer", "13701201010123456", "P-ID"),
                    new Representative("defendants-lawyer", "13701201010123457", "D-ID")),
            List.of());

    @ParameterizedTest(name = "{0}: involved {1}, acts for the plaintiff {2}")
    @CsvSource({
        "filer,             true,  true",
        "plaintiff,         true,  true",
        "plaintiffs-lawyer, true,  true",
        "defendant,         true,  false",
        "defendants-lawyer, true,  false",
        "stranger,          false, false"
    })
    void knowsWhoIsInvolvedAndWhoActsForThePlaintiff(String user, boolean involved, boolean forPlaintiff) {
        assertThat(outline.involves(user)).isEqualTo(involved);
        assertThat(outline.actsForPlaintiff(user)).isEqualTo(forPlaintiff);
    }
}
