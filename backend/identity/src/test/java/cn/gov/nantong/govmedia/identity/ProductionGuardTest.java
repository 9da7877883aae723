package cn.gov.nantong.govmedia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionGuardTest {

    @Test
    @DisplayName("prod refuses the local demo: local profile, demo users file, plain-HTTP issuer")
    void refusesTheLocalDemo() {
        MockEnvironment demo = new MockEnvironment()
                .withProperty("govmedia.identity.users-file", "classpath:demo-users.json")
                .withProperty("spring.security.oauth2.authorizationserver.issuer", "http://127.0.0.1:9000");
        demo.setActiveProfiles("prod", "local");
        assertThat(ProductionGuard.problems(demo)).hasSize(3);
        assertThatThrownBy(() -> new ProductionGuard(demo)).isInstanceOf(IllegalStateException.class).hasMessageContaining("demo");
    }

    @Test
    @DisplayName("prod with a real directory and an HTTPS issuer starts")
    void productionPasses() {
        MockEnvironment production = new MockEnvironment()
                .withProperty("spring.security.oauth2.authorizationserver.issuer", "https://id.nantong.gov.cn");
        production.setActiveProfiles("prod");
        assertThat(ProductionGuard.problems(production)).isEmpty();
    }
}
