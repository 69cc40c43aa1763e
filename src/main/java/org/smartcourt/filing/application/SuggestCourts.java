package org.smartcourt.filing.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.smartcourt.courts.CourtLevel;
import org.smartcourt.courts.CourtQuery;
import org.smartcourt.courts.CourtSummary;
import org.smartcourt.courts.Courts;
import org.smartcourt.filing.domain.Answers;
import org.smartcourt.filing.domain.ElementSchema;
import org.smartcourt.filing.domain.Label;
import org.smartcourt.filing.domain.Locality;
import org.springframework.stereotype.Component;

/**
 * Suggests basic courts with territorial jurisdiction (地域管辖): the court of each defendant's domicile (CPL Art. 22)
 * and the court of the places the schema marks (contract place, CPL Art. 24; place of the accident, Art. 29). A
 * heuristic, and said so to the filer: the district or county is read from the address text and matched to a basic
 * court by name; special jurisdiction (exclusive, agreed, internet or financial courts, the intermediate court for
 * securities cases) is not considered. The filer always chooses.
 */
@Component
public class SuggestCourts {

    /** A court and why it is suggested: the defendant or the element whose address points to it. */
    public record Suggestion(CourtSummary court, Label basis, String article) {}

    private final Courts courts;
    private volatile List<CourtSummary> basicCourts = List.of();

    SuggestCourts(Courts courts) {
        this.courts = courts;
    }

    public List<Suggestion> suggest(ElementSchema schema, Answers answers) {
        var found = new LinkedHashMap<String, Suggestion>();
        for (var party : answers.parties()) {
            if ("DEFENDANT".equals(party.role())) {
                add(
                        found,
                        party.address(),
                        new Label("被告住所地：" + party.name(), "Defendant's domicile: " + party.name()),
                        "CPL Art. 22");
            }
        }
        for (var place : schema.jurisdiction()) {
            schema.fact(place)
                    .ifPresent(fact -> add(
                            found,
                            answers.fact(place),
                            fact.label(),
                            place.equals("contractPlace") ? "CPL Art. 24" : "CPL Art. 21–35"));
        }
        return new ArrayList<>(found.values());
    }

    /** The basic court of the district or county named in the address, if the heuristic finds exactly one. */
    public Optional<CourtSummary> courtFor(@Nullable String address) {
        return Locality.of(address).flatMap(this::match);
    }

    private void add(Map<String, Suggestion> found, @Nullable String address, Label basis, String article) {
        courtFor(address)
                .ifPresent(court -> found.putIfAbsent(court.code().value(), new Suggestion(court, basis, article)));
    }

    private Optional<CourtSummary> match(Locality locality) {
        var candidates = basic().stream()
                .filter(court -> court.name().contains(locality.county()))
                .toList();
        if (candidates.size() > 1 && locality.prefecture() != null) {
            var city = locality.prefecture().replaceAll("(市|州|盟|地区)$", "");
            var narrowed = candidates.stream()
                    .filter(court -> court.name().contains(city) || parentNamed(court, city))
                    .toList();
            candidates = narrowed;
        }
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    private boolean parentNamed(CourtSummary court, String city) {
        var parent = court.parentCode();
        return parent != null
                && courts.find(parent).map(p -> p.name().contains(city)).orElse(false);
    }

    private List<CourtSummary> basic() {
        var loaded = basicCourts;
        if (loaded.isEmpty()) {
            loaded = courts.search(new CourtQuery(null, CourtLevel.BASIC, null));
            basicCourts = loaded;
        }
        return loaded;
    }
}
