package org.smartcourt.filing.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The elements of a case type's complaint and answer, after the SPC 2024 model texts (法〔2024〕46号): claims broken
 * into items, facts broken into elements, rules between them, suggested evidence. A schema is data: a new case type is
 * a new schema file, and a change to a type is a new version that takes effect on its date.
 *
 * @param id the type's key in URLs and file names ({@code private-lending})
 * @param effectiveFrom the first filing day the version applies to
 * @param cause the cause of action (案由) as printed, 民间借贷纠纷
 * @param caseTypeCode the 类型代字 a case of this type is numbered under (民初)
 * @param source where the elements come from
 * @param rules cross-field rules, each like {@code "loanDate <= $filingDate"}
 * @param jurisdiction fact elements holding a place that founds territorial jurisdiction (contract place, place of
 *     the tort), in addition to the defendants' domiciles
 * @param answerFacts elements only the defendant's answer asks for, besides its position on each claim and fact
 */
public record ElementSchema(
        String id,
        int version,
        LocalDate effectiveFrom,
        Label label,
        String cause,
        String caseTypeCode,
        @Nullable Label source,
        List<ClaimDefinition> claims,
        List<FieldDefinition> facts,
        @Nullable List<String> rules,
        @Nullable List<String> jurisdiction,
        @Nullable List<EvidenceSuggestion> evidence,
        @Nullable List<FieldDefinition> answerFacts) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    public ElementSchema {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Not a schema id: " + id);
        }
        if (version < 1) {
            throw new IllegalArgumentException("Schema versions start at 1: " + id);
        }
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(label, "label");
        if (cause == null || cause.isBlank() || caseTypeCode == null || caseTypeCode.isBlank()) {
            throw new IllegalArgumentException("A schema names its cause of action and case-type code: " + id);
        }
        claims = List.copyOf(claims);
        facts = List.copyOf(facts);
        rules = rules == null ? List.of() : List.copyOf(rules);
        jurisdiction = jurisdiction == null ? List.of() : List.copyOf(jurisdiction);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        answerFacts = answerFacts == null ? List.of() : List.copyOf(answerFacts);
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("A schema has at least one claim item: " + id);
        }
        unique(claims.stream().map(ClaimDefinition::name).toList(), id);
        unique(facts.stream().map(FieldDefinition::name).toList(), id);
        unique(answerFacts.stream().map(FieldDefinition::name).toList(), id);
        for (var rule : rules) {
            var parsed = CrossFieldRule.parse(rule);
            requireKnown(parsed.left(), claims, facts, id);
            if (!parsed.right().startsWith("$") && !CrossFieldRule.isConstant(parsed.right())) {
                requireKnown(parsed.right(), claims, facts, id);
            } else if (parsed.right().startsWith("$") && !parsed.right().equals(CrossFieldRule.FILING_DATE)) {
                throw new IllegalArgumentException("Unknown variable in rule " + rule + " of " + id);
            }
        }
        for (var place : jurisdiction) {
            if (facts.stream().noneMatch(fact -> fact.name().equals(place) && fact.type() == FieldType.TEXT)) {
                throw new IllegalArgumentException("The jurisdiction element " + place + " is no text fact of " + id);
            }
        }
    }

    public List<CrossFieldRule> crossFieldRules() {
        return Objects.requireNonNull(rules).stream().map(CrossFieldRule::parse).toList();
    }

    public Optional<ClaimDefinition> claim(String name) {
        return claims.stream().filter(claim -> claim.name().equals(name)).findFirst();
    }

    public Optional<FieldDefinition> fact(String name) {
        return facts.stream().filter(fact -> fact.name().equals(name)).findFirst();
    }

    /** The title of the complaint, 民事起诉状（民间借贷纠纷）. */
    public String complaintTitle() {
        return "民事起诉状（" + cause + "）";
    }

    /** The title of the answer, 民事答辩状（民间借贷纠纷）. */
    public String answerTitle() {
        return "民事答辩状（" + cause + "）";
    }

    private static void unique(List<String> names, String id) {
        if (new HashSet<>(names).size() != names.size()) {
            throw new IllegalArgumentException("An element name appears twice in " + id + ": " + names);
        }
    }

    private static void requireKnown(
            String path, List<ClaimDefinition> claims, List<FieldDefinition> facts, String id) {
        var parts = path.split("\\.");
        var known = parts[0].equals("facts") && parts.length == 2
                ? facts.stream().anyMatch(fact -> fact.name().equals(parts[1]))
                : parts[0].equals("claims")
                        && parts.length == 3
                        && claims.stream().anyMatch(claim -> claim.name().equals(parts[1]))
                        && ClaimAnswer.PARTS.contains(parts[2]);
        if (!known) {
            throw new IllegalArgumentException("The rule element " + path + " is not in " + id);
        }
    }
}
