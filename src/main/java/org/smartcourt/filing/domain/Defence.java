package org.smartcourt.filing.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The defendant's answer (答辩状) as typed: a position on each claim item and each fact element of the complaint, the
 * type's own answer elements, the reasons of the defence and the defendant's evidence.
 */
public record Defence(
        Map<String, Position> claims,
        Map<String, Position> facts,
        Map<String, String> answerFacts,
        @Nullable String reasons,
        List<EvidenceItem> evidence) {

    public static final Defence EMPTY = new Defence(Map.of(), Map.of(), Map.of(), null, List.of());
    private static final Set<String> STANCES = Set.of("ADMIT", "DENY", "PARTLY");
    private static final Label REASONS = new Label("答辩的事实与理由", "Facts and reasons of the defence");
    private static final Label STANCE = new Label("意见", "Position");

    public Defence {
        claims = claims == null ? Map.of() : Map.copyOf(claims);
        facts = facts == null ? Map.of() : Map.copyOf(facts);
        answerFacts = answerFacts == null ? Map.of() : Map.copyOf(answerFacts);
        reasons = Texts.trimmed(reasons);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** What is wrong with the answer; complete: every claim the complaint makes needs a position and reasons. */
    public List<Violation> check(ElementSchema schema, Answers complaint, ElementCheck.Completeness completeness) {
        var violations = new ArrayList<Violation>();
        var complete = completeness == ElementCheck.Completeness.COMPLETE;
        claims.forEach((name, position) -> {
            if (!complaint.claims().containsKey(name)) {
                violations.add(Violation.of("claims." + name, "filing.error.unknown", name));
            } else if (position.stance() != null && !STANCES.contains(position.stance())) {
                violations.add(Violation.of("claims." + name + ".stance", "filing.error.choice", STANCE));
            }
        });
        facts.forEach((name, position) -> {
            if (schema.fact(name).isEmpty()) {
                violations.add(Violation.of("facts." + name, "filing.error.unknown", name));
            } else if (position.stance() != null && !STANCES.contains(position.stance())) {
                violations.add(Violation.of("facts." + name + ".stance", "filing.error.choice", STANCE));
            }
        });
        var elements = new ElementSchema(
                schema.id(),
                schema.version(),
                schema.effectiveFrom(),
                schema.label(),
                schema.cause(),
                schema.caseTypeCode(),
                null,
                schema.claims(),
                schema.answerFacts(),
                null,
                null,
                null,
                null);
        var own = new Answers(List.of(), Map.of(), answerFacts, evidence, null, null);
        for (var violation :
                ElementCheck.check(elements, own, java.time.LocalDate.MAX, ElementCheck.Completeness.DRAFT)) {
            violations.add(new Violation(
                    violation.field().replace("facts.", "answerFacts."), violation.code(), violation.arguments()));
        }
        if (complete) {
            for (var name : complaint.claims().keySet()) {
                var position = claims.get(name);
                if (position == null || position.stance() == null) {
                    var label = schema.claim(name).map(ClaimDefinition::label).orElse(STANCE);
                    violations.add(Violation.of("claims." + name + ".stance", "filing.error.required", label));
                }
            }
            if (reasons == null) {
                violations.add(Violation.of("reasons", "filing.error.required", REASONS));
            }
        }
        return List.copyOf(violations);
    }
}
