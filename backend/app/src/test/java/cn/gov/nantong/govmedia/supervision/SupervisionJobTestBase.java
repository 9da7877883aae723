package cn.gov.nantong.govmedia.supervision;

import cn.gov.nantong.govmedia.support.Fixture;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Supervision job tests: two counties and the city level hold one account each, and a job is read through the API. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SupervisionJobTestBase {

    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };

    @Autowired
    WebTestClient web;

    /** The sample of a job over these holds one account of each county (Art 32 stratification), 2 of 3. */
    @BeforeAll
    void accounts() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        Fixture.account("崇川教育发布", "CC-EDU", "WECHAT_OFFICIAL", start, "ACTIVE");
        Fixture.account("如东文旅", "RD-CULTURE", "DOUYIN", start, "ACTIVE");
        Fixture.account("南通教育", "NT-EDU", "WEIBO", start, "ACTIVE");
    }

    Map<String, Object> job(String token, Object id) {
        return web.get().uri("/api/v1/supervision/jobs/{id}", id).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
    }
}
