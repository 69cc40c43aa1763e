package org.smartcourt;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** Rules that keep the modules readable; ArchUnit fails a rule that matches no class at all. */
class ArchitectureTests {

    private static final JavaClasses production = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.smartcourt");

    private static final JavaClasses tests = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("org.smartcourt");

    @Test
    void domainModelsKnowNothingOfSpringPersistenceOrTheWeb() {
        noClasses()
                .that()
                .resideInAPackage("org.smartcourt..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "org.hibernate..")
                .check(production);
    }

    @Test
    void controllersLiveInWebPackagesAndArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideInAPackage("org.smartcourt.*.web..")
                .andShould()
                .notBePublic()
                .check(production);
    }

    @Test
    void entitiesLiveInPersistencePackages() {
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .should()
                .resideInAPackage("org.smartcourt.*.persistence..")
                .check(production);
    }

    @Test
    void namesSayWhatAThingIsNotThatItIsAHelper() {
        noClasses()
                .should()
                .haveSimpleNameEndingWith("Impl")
                .orShould()
                .haveSimpleNameEndingWith("Helper")
                .orShould()
                .haveSimpleNameEndingWith("Util")
                .orShould()
                .haveSimpleNameEndingWith("Utils")
                .orShould()
                .haveSimpleNameEndingWith("Manager")
                .orShould()
                .resideInAnyPackage("..service..", "..util..", "..helper..", "..common..", "..manager..")
                .check(production);
    }

    @Test
    void integrationTestsShareOneApplicationContextThroughTheProjectAnnotation() {
        classes()
                .that()
                .haveSimpleNameEndingWith("IT")
                .and()
                .areTopLevelClasses()
                .should()
                .beAnnotatedWith(CourtIntegrationTest.class)
                .check(tests);
        noClasses()
                .that()
                .areNotAnnotations()
                .should()
                .beAnnotatedWith(SpringBootTest.class)
                .check(tests);
    }
}
