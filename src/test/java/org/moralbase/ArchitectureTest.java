package org.moralbase;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house rules of docs/architecture.md, checked on every build. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.moralbase");
    }

    @Test
    void statsIsPlainJavaWithNoFrameworkAndNoOtherFeature() {
        classes()
                .that()
                .resideInAPackage("org.moralbase.stats..")
                .and()
                .doNotHaveSimpleName("package-info") // the module check's metadata, seen by no class
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("org.moralbase.stats..", "java..", "org.hipparchus..")
                .check(classes);
    }

    @Test
    void viewsReachServicesOnlyNeverEntitiesOrRepositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.moralbase..domain..")
                .check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.moralbase.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void baseDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("org.moralbase.base..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("org.moralbase..").and(not(resideInAPackage("org.moralbase.base.."))))
                .check(classes);
    }

    @Test
    void annotationReachesDatasetsOnlyThroughTheRegistryOfFormats() {
        // decision 0014: dataset formats are found as dataimport.format.DatasetFormat beans, never named
        noClasses()
                .that()
                .resideInAPackage("org.moralbase.annotation..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.moralbase.choicepair..", "org.moralbase.dvb..")
                .check(classes);
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirOwnFeature() {
        for (String feature : new String[] {"audit", "security", "study", "participation"}) {
            noClasses()
                    .that()
                    .resideOutsideOfPackage("org.moralbase." + feature + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.moralbase." + feature + ".domain..")
                    .check(classes);
        }
    }
}
