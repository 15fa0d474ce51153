package org.moralbase;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Spring Modulith's rules over the feature packages. */
class ModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void featuresUseEachOthersPublicPackagesOnlyAndFormNoCycle() {
        MODULES.verify();
    }
}
