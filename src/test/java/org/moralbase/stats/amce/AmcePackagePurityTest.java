package org.moralbase.stats.amce;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Style rule 4: the AMCE core depends on nothing but the JDK and Hipparchus. */
class AmcePackagePurityTest {

    @Test
    void amcePackageDependsOnlyOnJavaAndHipparchus() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.moralbase.stats.amce");
        classes()
                .that()
                .resideInAPackage("org.moralbase.stats.amce")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.hipparchus..", "org.moralbase.stats.amce")
                .check(main);
    }
}
