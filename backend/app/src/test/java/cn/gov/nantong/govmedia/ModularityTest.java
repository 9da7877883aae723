package cn.gov.nantong.govmedia;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature packages reach each other only through their public surface (top-level package or named interfaces). */
class ModularityTest {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(GovMediaApplication.class).verify();
    }
}
