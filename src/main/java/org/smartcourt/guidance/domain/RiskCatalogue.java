package org.smartcourt.guidance.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The case types the calculator knows and the tips it gives: the general tips for every case, the conditional ones
 * (preservation, a defendant who cannot be found, enforcement) and those of each type. Every tip a case type or the
 * general list names must exist.
 */
public record RiskCatalogue(List<CaseType> caseTypes, List<String> generalTips, Map<String, Tip> tips) {

    /** Shown when preservation is likely: security, and liability for a wrongful application. */
    public static final String PRESERVATION_TIP = "preservation";
    /** Shown when the defendant cannot be found: public notice, no summary procedure, default judgment. */
    public static final String UNREACHABLE_DEFENDANT_TIP = "unreachable-defendant";
    /** Shown when enforcement is likely: the two-year period and the means of enforcement. */
    public static final String ENFORCEMENT_TIP = "enforcement";

    public RiskCatalogue {
        caseTypes = List.copyOf(caseTypes);
        generalTips = List.copyOf(generalTips);
        tips = Map.copyOf(tips);
        var named = new ArrayList<String>(generalTips);
        named.addAll(List.of(PRESERVATION_TIP, UNREACHABLE_DEFENDANT_TIP, ENFORCEMENT_TIP));
        caseTypes.forEach(type -> named.addAll(type.tips()));
        for (var id : named) {
            if (!tips.containsKey(id)) {
                throw new IllegalArgumentException("No tip " + id);
            }
        }
        var ids = new HashSet<String>();
        for (var type : caseTypes) {
            if (!ids.add(type.id())) {
                throw new IllegalArgumentException("Case type listed twice: " + type.id());
            }
        }
    }

    public Optional<CaseType> caseType(String id) {
        return caseTypes.stream().filter(type -> type.id().equals(id)).findFirst();
    }

    /** The tips for a case: the type's own first, then those the facts call for, then the general ones. */
    public List<Tip> tipsFor(RiskFacts facts) {
        var ids = new ArrayList<String>(facts.caseType().tips());
        if (facts.preservationLikely()) {
            ids.add(PRESERVATION_TIP);
        }
        if (!facts.defendantReachable()) {
            ids.add(UNREACHABLE_DEFENDANT_TIP);
        }
        if (facts.enforcementLikely()) {
            ids.add(ENFORCEMENT_TIP);
        }
        ids.addAll(generalTips);
        return ids.stream().distinct().map(tips::get).toList();
    }
}
