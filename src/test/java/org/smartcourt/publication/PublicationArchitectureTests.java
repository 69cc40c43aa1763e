package org.smartcourt.publication;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The anonymiser is domain logic: it runs without Spring, a database or the web (e.g. in the evaluation's main). */
class PublicationArchitectureTests {

    @Test
    void theAnonymiserKnowsNothingOfSpringPersistenceOrTheWeb() {
        noClasses()
                .that()
                .resideInAPackage("org.smartcourt.publication.anonymisation..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.persistence..",
                        "jakarta.servlet..",
                        "org.hibernate..",
                        "org.smartcourt.publication.application..",
                        "org.smartcourt.publication.web..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.smartcourt.publication"));
    }
}
