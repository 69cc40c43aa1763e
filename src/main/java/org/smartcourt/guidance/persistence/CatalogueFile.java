package org.smartcourt.guidance.persistence;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.smartcourt.guidance.domain.Article;
import org.smartcourt.guidance.domain.CaseType;
import org.smartcourt.guidance.domain.FeeKind;
import org.smartcourt.guidance.domain.LimitationRule;
import org.smartcourt.guidance.domain.RiskCatalogue;
import org.smartcourt.guidance.domain.Tip;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code guidance/risk-catalogue.json}; its {@code $comment} explains the format. A mistake in the file (an
 * unknown article, a tip that does not exist) stops the application at startup.
 */
public final class CatalogueFile {

    public static final String LOCATION = "guidance/risk-catalogue.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private CatalogueFile() {}

    public static RiskCatalogue read() {
        try (var input = new ClassPathResource(LOCATION).getInputStream()) {
            return JSON.readValue(input, File.class).toCatalogue();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LOCATION, e);
        }
    }

    record File(
            @JsonProperty("$comment") @Nullable List<String> comment,
            List<String> generalTips,
            Map<String, List<Article>> tips,
            List<CaseTypeEntry> caseTypes) {

        RiskCatalogue toCatalogue() {
            var byId = new LinkedHashMap<String, Tip>();
            tips.forEach((id, articles) -> byId.put(id, new Tip(id, articles)));
            return new RiskCatalogue(
                    caseTypes.stream().map(CaseTypeEntry::toCaseType).toList(), generalTips, byId);
        }
    }

    record CaseTypeEntry(
            String id,
            String cause,
            FeeKind fee,
            LimitationRule limitation,
            boolean moneyClaim,
            boolean personalStatus,
            boolean appraisalLikely,
            boolean arbitrationFirst,
            List<String> tips) {

        CaseType toCaseType() {
            return new CaseType(
                    id, cause, fee, limitation, moneyClaim, personalStatus, appraisalLikely, arbitrationFirst, tips);
        }
    }
}
