package org.smartcourt.guidance.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.Locale;
import org.smartcourt.guidance.application.AssessRisk;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The litigation-risk calculator for programs: facts in, fees, durations, limitation, tips and mediation out. */
@RestController
@RequestMapping("/api/v1/risk-assessments")
class RiskAssessmentApiController {

    private final AssessRisk assessRisk;
    private final RiskViews views;

    RiskAssessmentApiController(AssessRisk assessRisk, RiskViews views) {
        this.assessRisk = assessRisk;
        this.views = views;
    }

    @PostMapping
    @Operation(
            summary = "Assess the litigation risk of a civil case before filing",
            description = "Public, no sign-in; nothing is stored. caseType is a filing case type (private-lending, "
                    + "sale-of-goods, labour-dispute, divorce, motor-vehicle-accident, financial-loan, credit-card, "
                    + "finance-lease, guarantee-insurance, property-services, securities-misrepresentation); court a "
                    + "court code (鲁0102); amount the yuan in dispute (required when the fee is charged on it); "
                    + "limitationStart the day the debt fell due or the claimant learned of the harm. The answer gives "
                    + "the fees from the fee engine with breakdown and articles (acceptance fee, halved in summary "
                    + "procedure and on settlement, preservation and enforcement fees when likely), the statutory time "
                    + "limits and the court's own durations of closed cases, the limitation period (Civil Code Art. "
                    + "188), the risk tips for the type and what mediation saves. Texts follow Accept-Language; "
                    + "invalid facts give a validation-failed problem listing each field.")
    RiskView assess(@Valid @RequestBody RiskRequest request, Locale locale) {
        return views.describe(assessRisk.assess(request.toQuestion(), locale), locale);
    }
}
