package org.smartcourt;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(CourtApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndDeclaredDependencies() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
    }
}
