package org.moralbase;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith's rules over the feature packages (decision 0012): features use each other's root packages only
 * (plus the named interfaces and open modules their package-info files declare), and form no cycle. Also writes the
 * module documentation Modulith derives from the code into {@code docs/modules} (PlantUML diagrams and a canvas per
 * module), so it stays the code's own picture.
 */
class ModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void featuresUseEachOthersPublicPackagesOnlyAndFormNoCycle() {
        MODULES.verify();
    }

    @Test
    void theModuleDocumentationIsWrittenFromTheCode() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
