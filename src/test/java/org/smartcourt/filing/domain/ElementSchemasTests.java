package org.smartcourt.filing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.smartcourt.filing.SampleFilings;

class ElementSchemasTests {

    static final List<String> TYPES = SampleFilings.TYPES;

    @Test
    void theElevenTypesOfTheModelTextsShipAsDataAndNothingElse() {
        assertThat(SampleFilings.CATALOGUE.current(LocalDate.of(2026, 11, 29)))
                .extracting(ElementSchema::id)
                .containsExactlyInAnyOrderElementsOf(TYPES);
    }

    @ParameterizedTest
    @FieldSource("TYPES")
    void everySchemaIsAFirstInstanceCivilCaseWithPrincipalClaimsFactsAndEvidence(String type) {
        var schema = SampleFilings.schema(type);

        assertThat(schema.caseTypeCode()).isEqualTo("民初");
        assertThat(schema.cause()).isNotBlank();
        assertThat(schema.effectiveFrom()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(schema.claims()).anyMatch(claim -> claim.kind() == ClaimKind.COSTS);
        assertThat(schema.facts()).anyMatch(FieldDefinition::required);
        assertThat(schema.evidence()).isNotEmpty();
        assertThat(schema.crossFieldRules()).isNotEmpty();
    }

    @Test
    void aDraftKeepsItsVersionWhileNewFilingsGetTheVersionInForce() {
        var v1 = SampleFilings.schema("private-lending");
        var v2 = new ElementSchema(
                v1.id(),
                2,
                LocalDate.of(2027, 1, 1),
                v1.label(),
                v1.cause(),
                v1.caseTypeCode(),
                v1.source(),
                v1.claims(),
                v1.facts(),
                v1.rules(),
                v1.jurisdiction(),
                v1.evidence(),
                v1.answerFacts());
        var catalogue = new SchemaCatalogue(List.of(v1, v2));

        assertThat(catalogue.current("private-lending", LocalDate.of(2026, 12, 31)))
                .map(ElementSchema::version)
                .contains(1);
        assertThat(catalogue.current("private-lending", LocalDate.of(2027, 1, 1)))
                .map(ElementSchema::version)
                .contains(2);
        assertThat(catalogue.version("private-lending", 1)).contains(v1);
    }

    @Test
    void aRuleNamingAnElementTheSchemaDoesNotHaveIsRefusedWhenTheSchemaIsRead() {
        var v1 = SampleFilings.schema("private-lending");

        assertThatThrownBy(() -> new ElementSchema(
                        v1.id(),
                        1,
                        v1.effectiveFrom(),
                        v1.label(),
                        v1.cause(),
                        v1.caseTypeCode(),
                        null,
                        v1.claims(),
                        v1.facts(),
                        List.of("repaymentDate <= $filingDate"),
                        null,
                        null,
                        null))
                .hasMessageContaining("repaymentDate");
    }
}
