package cn.gov.nantong.govmedia.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionGuardTest {

    @Test
    @DisplayName("prod refuses the local demo: local profile, demo users switch, demo users in the database, plain-HTTP issuer")
    void refusesTheLocalDemo() {
        MockEnvironment demo = new MockEnvironment()
                .withProperty("govmedia.identity.demo-users", "classpath:demo-users.json")
                .withProperty("spring.security.oauth2.authorizationserver.issuer", "http://127.0.0.1:9000");
        demo.setActiveProfiles("prod", "local");
        assertThat(ProductionGuard.problems(demo, 10)).hasSize(4).anyMatch(problem -> problem.contains("10 demo user(s)"));
    }

    @Test
    @DisplayName("prod with a real directory and an HTTPS issuer starts")
    void productionPasses() {
        MockEnvironment production = new MockEnvironment()
                .withProperty("spring.security.oauth2.authorizationserver.issuer", "https://id.nantong.gov.cn");
        production.setActiveProfiles("prod");
        assertThat(ProductionGuard.problems(production, 0)).isEmpty();
    }
}
