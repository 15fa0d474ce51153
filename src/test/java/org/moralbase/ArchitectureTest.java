package org.moralbase;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moralbase.study.StudyKind;
import org.springframework.context.annotation.Configuration;

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

    @Test
    void theCommandLineHasNoSpringVaadinOrJpa() {
        noClasses()
                .that()
                .resideInAPackage("org.moralbase.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.vaadin..", "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void theModelClientIsPlainJavaAndKnowsNothingElseOfModels() {
        noClasses()
                .that()
                .resideInAPackage("org.moralbase.models.client..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.stereotype..",
                        "org.springframework.context..",
                        "org.springframework.beans..",
                        "org.springframework.transaction..",
                        "jakarta.persistence..",
                        "com.vaadin..")
                .orShould()
                .dependOnClassesThat(
                        resideInAPackage("org.moralbase..").and(not(resideInAPackage("org.moralbase.models.client.."))))
                .check(classes);
    }

    /**
     * Pages are reached from pages: nothing outside a {@code ui} package depends on one, except the one class by which
     * a kind of study registers its pages ({@code StudyKind}) and the security configuration naming its login page
     * (decision 0012).
     */
    @Test
    void onlyPagesAKindsRegistrationAndTheSecurityConfigurationNamePages() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                .and(not(JavaClass.Predicates.assignableTo(StudyKind.class)))
                .and(not(annotatedWith(Configuration.class)))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.moralbase..ui..")
                .check(classes);
    }

    /**
     * Within a feature, its root package and a sub-package depend on each other only where decision 0012 allows it:
     * entities use their feature's enums and records ({@code domain}); a kind's registration names its pages and the
     * security configuration its login page ({@code ui}); a dataset's format reads into its kind's records
     * ({@code format}, {@code prompt}); the model services use the run and registry internals that speak their records;
     * the command line's subcommands use its helpers. A new cycle fails here.
     */
    @Test
    void aFeaturesRootAndItsSubPackagesFormOnlyTheAllowedCycles() {
        Set<String> allowed = Set.of(
                "annotation.domain",
                "study.domain",
                "models.domain",
                "models.registry",
                "models.runs",
                "choicepair.format",
                "dvb.format",
                "moralmachine.format",
                "moralmachine.prompt",
                "choicepair.ui",
                "dvb.ui",
                "moralmachine.ui",
                "utility.ui",
                "questionnaire.ui",
                "moralgraph.ui",
                "security.ui",
                "cli.agreement",
                "cli.amce",
                "cli.dvgr",
                "cli.generate",
                "cli.scaling",
                "cli.utilities",
                "cli.reliability",
                "cli.moralgraph");
        Set<String> found = new TreeSet<>();
        for (JavaClass c : classes) {
            String pkg = c.getPackageName();
            if (!pkg.startsWith("org.moralbase.")
                    || pkg.chars().filter(ch -> ch == '.').count() != 2) {
                continue; // a feature's root package only
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getPackageName();
                if (target.startsWith(pkg + ".")) {
                    String sub = target.substring(pkg.length() + 1).split("\\.")[0];
                    if (dependsOn(pkg + "." + sub, pkg)) {
                        found.add(pkg.substring("org.moralbase.".length()) + "." + sub);
                    }
                }
            }
        }
        assertThat(found).isSubsetOf(allowed);
    }

    /** Whether a class of the sub-package (or below it) depends on a class of the feature's root package. */
    private static boolean dependsOn(String subPackage, String root) {
        for (JavaClass c : classes) {
            if (c.getPackageName().equals(subPackage) || c.getPackageName().startsWith(subPackage + ".")) {
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    if (d.getTargetClass().getPackageName().equals(root)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A kind of study is named by nothing outside its own package (decision 0012): other features reach it through the
     * registry of kinds. The command line alone reads Moral Machine's file format and simulation (named interfaces).
     */
    @Test
    void nothingOutsideAKindNamesIt() {
        for (JavaClass kind : classes) {
            if (!kind.isAssignableTo(StudyKind.class) || kind.isInterface()) {
                continue;
            }
            String feature = kind.getPackageName();
            noClasses()
                    .that()
                    .resideOutsideOfPackages(feature + "..", "org.moralbase.cli..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(feature + "..")
                    .because("a kind of study is found through StudyKinds, never named")
                    .check(classes);
        }
    }
}
