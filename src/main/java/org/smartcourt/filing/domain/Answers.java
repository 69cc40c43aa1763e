package org.smartcourt.filing.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything the filer has entered into a draft, as typed, so that a half-finished or wrong answer can be shown
 * again. {@link ElementCheck} reads it against the schema.
 *
 * @param claims claim items by the schema's claim names
 * @param facts fact elements by the schema's element names
 * @param procedure the procedure asked for ({@code ORDINARY}, {@code SUMMARY}, {@code SMALL_CLAIMS}); ordinary when
 *     absent
 * @param represented for a lawyer filing for a client: the identification of the plaintiff represented
 */
public record Answers(
        List<PartyAnswer> parties,
        Map<String, ClaimAnswer> claims,
        Map<String, String> facts,
        List<EvidenceItem> evidence,
        @Nullable String procedure,
        @Nullable String represented) {

    public static final Answers EMPTY = new Answers(List.of(), Map.of(), Map.of(), List.of(), null, null);

    public Answers {
        parties = parties == null ? List.of() : List.copyOf(parties);
        claims = claims == null ? Map.of() : copy(claims);
        facts = facts == null ? Map.of() : copyFacts(facts);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        procedure = Texts.trimmed(procedure);
        represented = Texts.trimmed(represented);
    }

    public @Nullable String fact(String name) {
        return facts.get(name);
    }

    public Answers withParties(List<PartyAnswer> changed) {
        return new Answers(changed, claims, facts, evidence, procedure, represented);
    }

    public Answers withClaims(Map<String, ClaimAnswer> changed) {
        return new Answers(parties, changed, facts, evidence, procedure, represented);
    }

    public Answers withFacts(Map<String, String> changed) {
        return new Answers(parties, claims, changed, evidence, procedure, represented);
    }

    public Answers withEvidence(List<EvidenceItem> changed) {
        return new Answers(parties, claims, facts, changed, procedure, represented);
    }

    public Answers withRepresented(@Nullable String identification) {
        return new Answers(parties, claims, facts, evidence, procedure, identification);
    }

    private static Map<String, ClaimAnswer> copy(Map<String, ClaimAnswer> claims) {
        var kept = new LinkedHashMap<String, ClaimAnswer>();
        claims.forEach((name, claim) -> {
            if (claim != null && !claim.blank()) {
                kept.put(name, claim);
            }
        });
        return java.util.Collections.unmodifiableMap(kept);
    }

    private static Map<String, String> copyFacts(Map<String, String> facts) {
        var kept = new LinkedHashMap<String, String>();
        facts.forEach((name, value) -> {
            var trimmed = Texts.trimmed(value);
            if (trimmed != null) {
                kept.put(name, trimmed);
            }
        });
        return java.util.Collections.unmodifiableMap(kept);
    }
}
