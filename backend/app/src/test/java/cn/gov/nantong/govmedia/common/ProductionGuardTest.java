package cn.gov.nantong.govmedia.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionGuardTest {

    private static MockEnvironment production() {
        return new MockEnvironment()
                .withProperty("govmedia.complaints.token-secret", "k3Jw9-long-random-secret-of-40-characters!")
                .withProperty("spring.r2dbc.password", "S3cure-db-password")
                .withProperty("govmedia.public.cors-allowed-origins", "https://www.nantong.gov.cn")
                .withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "https://id.nantong.gov.cn");
    }

    @Test
    @DisplayName("Production settings pass")
    void productionSettingsPass() {
        assertThat(ProductionGuard.problems(production())).isEmpty();
    }

    @Test
    @DisplayName("The prod profile refuses the local demo settings: blank secret, demo password, CORS *, the demo identity server")
    void refusesLocalDemoSettings() {
        MockEnvironment demo = new MockEnvironment()
                .withProperty("spring.r2dbc.password", "govmedia-local-demo")
                .withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "http://127.0.0.1:9000");
        assertThat(ProductionGuard.problems(demo)).hasSize(4);
        assertThatThrownBy(() -> new ProductionGuard(demo)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GOVMEDIA_COMPLAINT_TOKEN_SECRET").hasMessageContaining("http://127.0.0.1:9000");
        assertThat(ProductionGuard.problems(production().withProperty("govmedia.complaints.token-secret", "short"))).hasSize(1);
    }

    @Test
    @DisplayName("The prod profile refuses to start with the demo data loader on")
    void refusesDemoData() {
        MockEnvironment demoData = production().withProperty("govmedia.demo.enabled", "true");
        assertThat(ProductionGuard.problems(demoData)).singleElement().asString().contains("GOVMEDIA_DEMO");
        assertThatThrownBy(() -> new ProductionGuard(demoData)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GOVMEDIA_DEMO");
        assertThat(ProductionGuard.problems(production().withProperty("govmedia.demo.enabled", "false"))).isEmpty();
    }
}
