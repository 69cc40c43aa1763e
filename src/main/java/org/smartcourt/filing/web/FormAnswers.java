package org.smartcourt.filing.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.smartcourt.filing.domain.Answers;
import org.smartcourt.filing.domain.ClaimAnswer;
import org.smartcourt.filing.domain.ElementSchema;
import org.smartcourt.filing.domain.EvidenceItem;
import org.smartcourt.filing.domain.PartyAnswer;
import org.springframework.util.MultiValueMap;

/** Reads one step of the guided form (field names like {@code parties[0].name}, {@code facts.loanDate}). */
final class FormAnswers {

    private static final int MAX_ROWS = 20;

    private final MultiValueMap<String, String> form;

    FormAnswers(MultiValueMap<String, String> form) {
        this.form = form;
    }

    @Nullable
    String value(String name) {
        var value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    List<PartyAnswer> parties() {
        var parties = new ArrayList<PartyAnswer>();
        for (var i = 0; i < MAX_ROWS; i++) {
            var at = "parties[" + i + "].";
            if (!form.containsKey(at + "role")) {
                break;
            }
            var party = new PartyAnswer(
                    value(at + "role"),
                    value(at + "kind"),
                    value(at + "name"),
                    value(at + "identification"),
                    value(at + "gender"),
                    value(at + "birthDate"),
                    value(at + "ethnicity"),
                    value(at + "address"),
                    value(at + "phone"),
                    value(at + "legalRepresentative"),
                    value(at + "account"));
            if (party.name() != null || party.identification() != null || party.address() != null) {
                parties.add(party);
            }
        }
        return parties;
    }

    Map<String, ClaimAnswer> claims(ElementSchema schema) {
        var claims = new LinkedHashMap<String, ClaimAnswer>();
        for (var claim : schema.claims()) {
            var at = "claims." + claim.name() + ".";
            var answer = new ClaimAnswer(
                    value(at + "amount"),
                    value(at + "rate"),
                    value(at + "from"),
                    value(at + "to"),
                    value(at + "detail"));
            if (!answer.blank()) {
                claims.put(claim.name(), answer);
            }
        }
        return claims;
    }

    Map<String, String> facts(ElementSchema schema) {
        var facts = new LinkedHashMap<String, String>();
        for (var fact : schema.facts()) {
            var value = value("facts." + fact.name());
            if (value != null) {
                facts.put(fact.name(), value);
            }
        }
        return facts;
    }

    List<EvidenceItem> evidence() {
        var evidence = new ArrayList<EvidenceItem>();
        for (var i = 0; i < MAX_ROWS; i++) {
            var at = "evidence[" + i + "].";
            if (!form.containsKey(at + "name")) {
                break;
            }
            var item = new EvidenceItem(value(at + "name"), value(at + "source"), value(at + "purpose"));
            if (item.name() != null || item.source() != null || item.purpose() != null) {
                evidence.add(item);
            }
        }
        return evidence;
    }

    /** The answers with this step's part replaced by what the form holds. */
    Answers apply(String step, Answers answers, ElementSchema schema) {
        return switch (step) {
            case "parties" -> answers.withParties(parties()).withRepresented(value("represented"));
            case "claims" -> answers.withClaims(claims(schema));
            case "facts" -> answers.withFacts(facts(schema));
            case "evidence" -> answers.withEvidence(evidence());
            default -> answers;
        };
    }
}
