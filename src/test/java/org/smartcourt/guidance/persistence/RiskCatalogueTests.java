package org.smartcourt.guidance.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.smartcourt.guidance.domain.Article;
import org.smartcourt.guidance.domain.CaseType;
import org.smartcourt.guidance.domain.Condition;
import org.smartcourt.guidance.domain.LimitationStatus;
import org.smartcourt.guidance.domain.RiskCatalogue;
import org.smartcourt.guidance.domain.Stage;
import org.smartcourt.guidance.domain.TrialProcedure;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;

/** The bundled catalogue: its case types are the filing module's, and everything it names has texts in both languages. */
class RiskCatalogueTests {

    private final RiskCatalogue catalogue = CatalogueFile.read();

    @Test
    void everyCaseTypeIsAFilingCaseTypeWithTheSameCauseOfAction() throws IOException {
        var filing = filingCauses();

        assertThat(catalogue.caseTypes()).extracting(CaseType::id).containsExactlyInAnyOrderElementsOf(filing.keySet());
        for (var type : catalogue.caseTypes()) {
            assertThat(type.cause()).as(type.id()).isEqualTo(filing.get(type.id()));
        }
    }

    @Test
    void everythingTheAssessmentNamesHasAMessageInBothLanguages() throws IOException {
        var keys = new ArrayList<String>();
        catalogue.caseTypes().forEach(type -> keys.add("guidance.caseType." + type.id()));
        catalogue.tips().keySet().forEach(tip -> {
            keys.add("guidance.tip." + tip + ".title");
            keys.add("guidance.tip." + tip + ".text");
        });
        for (var article : Article.values()) {
            keys.add("guidance.article." + article.name());
        }
        for (var condition : Condition.values()) {
            keys.add("guidance.condition." + condition.name());
        }
        for (var stage : Stage.values()) {
            keys.add("guidance.stage." + stage.name());
        }
        for (var procedure : TrialProcedure.values()) {
            keys.add("guidance.procedure." + procedure.name());
        }
        for (var status : LimitationStatus.values()) {
            keys.add("guidance.limitation.status." + status.name());
            keys.add("guidance.limitation.text." + status.name());
        }
        for (var language : List.of("zh_CN", "en")) {
            var messages = bundle(language);
            assertThat(keys)
                    .as("guidance messages in %s", language)
                    .allSatisfy(
                            key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void everyTipCitesArticlesAndIsShownForSomeCase() {
        var shown = new ArrayList<String>(catalogue.generalTips());
        shown.addAll(List.of(
                RiskCatalogue.PRESERVATION_TIP,
                RiskCatalogue.UNREACHABLE_DEFENDANT_TIP,
                RiskCatalogue.ENFORCEMENT_TIP));
        catalogue.caseTypes().forEach(type -> shown.addAll(type.tips()));

        assertThat(shown).containsAll(catalogue.tips().keySet());
        assertThat(catalogue.tips().values())
                .allSatisfy(tip -> assertThat(tip.articles()).isNotEmpty());
    }

    private static Map<String, String> filingCauses() throws IOException {
        var json = JsonMapper.builder().build();
        var causes = new LinkedHashMap<String, String>();
        for (var schema :
                new PathMatchingResourcePatternResolver().getResources("classpath*:filing/schemas/*/v1.json")) {
            try (var input = schema.getInputStream()) {
                var tree = json.readTree(input);
                causes.put(tree.get("id").asString(), tree.get("cause").asString());
            }
        }
        return causes;
    }

    private static Properties bundle(String language) throws IOException {
        var properties = new Properties();
        try (var input =
                RiskCatalogueTests.class.getResourceAsStream("/messages/guidance_" + language + ".properties")) {
            properties.load(new InputStreamReader(input, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
