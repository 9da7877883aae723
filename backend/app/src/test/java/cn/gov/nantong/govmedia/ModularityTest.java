package cn.gov.nantong.govmedia;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Feature packages reach each other only through their public surface (top-level package or named interfaces). The
 * module diagrams are written to target/spring-modulith-docs; `make architecture` copies them to docs/architecture.
 */
class ModularityTest {

    static final String DIAGRAMS = "target/spring-modulith-docs";
    static final ApplicationModules MODULES = ApplicationModules.of(GovMediaApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagrams() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DIAGRAMS))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
        String all = Files.readString(Path.of(DIAGRAMS, "components.puml"));
        assertThat(MODULES.stream()).allSatisfy(module -> assertThat(all).contains(module.getDisplayName()));
    }
}
