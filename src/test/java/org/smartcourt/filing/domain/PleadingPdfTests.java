package org.smartcourt.filing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.smartcourt.documents.rendering.PdfRenderer;
import org.smartcourt.filing.PdfText;
import org.smartcourt.filing.SampleFilings;

/** The one-click complaint and answer of every type, rendered and read back with pdftotext. */
class PleadingPdfTests {

    static final List<String> TYPES = SampleFilings.TYPES;
    private static final LocalDate DATE = LocalDate.of(2026, 11, 29);
    private static final String COURT = "济南市历下区人民法院";

    private final PdfRenderer renderer = new PdfRenderer();

    @ParameterizedTest
    @FieldSource("TYPES")
    void theComplaintNamesThePartiesEachClaimItemAndTheAmountInDispute(String type) throws Exception {
        var schema = SampleFilings.schema(type);
        var sample = SampleFilings.sample(type);

        var text = PdfText.of(renderer.render(ComplaintLayout.xhtml(schema, sample.answers(), COURT, DATE)));
        var compact = PdfText.compact(text);

        assertThat(compact).contains("民事起诉状", "（" + schema.cause() + "）", "诉讼请求", "事实与理由", "证据清单");
        for (var party : sample.answers().parties()) {
            assertThat(compact).contains(Printed.roleTitle(party.role()) + "：" + party.name());
        }
        for (var claim : schema.claims()) {
            var answer = sample.answers().claims().get(claim.name());
            if (answer == null) {
                continue;
            }
            var item = claim.label().zh() + "："
                    + (claim.kind().hasAmount() && answer.amount() != null ? answer.amount() + "元" : "");
            assertThat(compact).as(type + " " + claim.name()).contains(item);
        }
        assertThat(compact).contains("标的总额：" + sample.amountInDispute() + "元");
        assertThat(compact).contains("此致" + COURT, "二〇二六年十一月二十九日");
    }

    @ParameterizedTest
    @FieldSource("TYPES")
    void theAnswerTakesAPositionOnEachClaimItem(String type) throws Exception {
        var schema = SampleFilings.schema(type);
        var complaint = SampleFilings.sample(type).answers();
        var positions = new HashMap<String, Position>();
        complaint.claims().keySet().forEach(name -> positions.put(name, new Position("DENY", "已全部清偿")));
        var defence = new Defence(positions, java.util.Map.of(), java.util.Map.of(), "原告主张缺乏事实依据。", List.of());
        var defendant = complaint.parties().get(1);

        assertThat(defence.check(schema, complaint, ElementCheck.Completeness.COMPLETE))
                .isEmpty();
        var compact = PdfText.compact(
                PdfText.of(renderer.render(AnswerLayout.xhtml(schema, complaint, defence, defendant, COURT, DATE))));

        assertThat(compact).contains("民事答辩状", "答辩人：" + defendant.name(), "原告主张缺乏事实依据。");
        for (var name : complaint.claims().keySet()) {
            assertThat(compact)
                    .contains(schema.claim(name).orElseThrow().label().zh());
        }
        assertThat(compact).contains("不认可。已全部清偿");
    }
}
