package cn.gov.nantong.govmedia.account;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Art 30: the public can check whether an account is official and spot look-alikes; anonymous but rate-limited. */
@IntegrationTest
class PublicVerificationIT {

    @Autowired
    WebTestClient web;

    @BeforeAll
    static void registerAccounts() throws Exception {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into accounts (platform, platform_account_id, name, host_organization_id, operator_type, operator_name,
                                          responsible_person, status, status_changed_on)
                    select 'WECHAT_OFFICIAL', 'gh_cc_edu', '崇川教育', id, 'IN_HOUSE', '办公室', '王敏', 'ACTIVE', current_date
                      from organizations where code = 'CC-EDU'
                    union all
                    select 'WEIBO', null, '如东文旅', id, 'IN_HOUSE', '办公室', '张伟', 'CLOSED', current_date
                      from organizations where code = 'RD-CULTURE'
                    union all
                    select 'DOUYIN', null, '待审账号', id, 'IN_HOUSE', '办公室', '张伟', 'PENDING_FILING', current_date
                      from organizations where code = 'RD-CULTURE'""");
        }
    }

    @Test
    @Tag("30.1")
    void anOfficialAccountIsConfirmedWithItsHost() {
        web.get().uri("/api/public/v1/accounts/verify?platform=WECHAT_OFFICIAL&name=崇川教育").exchange()
                .expectStatus().isOk()
                .expectHeader().exists("X-RateLimit-Remaining")
                .expectBody()
                .jsonPath("$.official").isEqualTo(true)
                .jsonPath("$.matches[0].hostOrganizationName").isEqualTo("南通市崇川区教育体育局")
                .jsonPath("$.message").isEqualTo("“崇川教育”是南通市崇川区教育体育局开设的政务新媒体账号");
        web.get().uri("/api/public/v1/accounts/verify?platformId=gh_cc_edu").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.official").isEqualTo(true);
    }

    @Test
    @Tag("30.1")
    void aLookAlikeIsNotOfficialButShowsTheRealOne() {
        web.get().uri("/api/public/v1/accounts/verify?name=崇川教育局").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.official").isEqualTo(false)
                .jsonPath("$.matches.length()").isEqualTo(0)
                .jsonPath("$.similar[0].name").isEqualTo("崇川教育")
                .jsonPath("$.similar[0].similarity").isNumber();
    }

    @Test
    @Tag("30.1")
    void closedAndPendingAccountsAreNotOfficial() {
        web.get().uri("/api/public/v1/accounts/verify?name=如东文旅").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.official").isEqualTo(false)
                .jsonPath("$.matches[0].status").isEqualTo("CLOSED");
        web.get().uri("/api/public/v1/accounts/verify?name=待审账号").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.official").isEqualTo(false).jsonPath("$.matches.length()").isEqualTo(0);
    }

    @Test
    void aQuestionWithoutNameOrIdIsRefused() {
        web.get().uri("/api/public/v1/accounts/verify?platform=WEIBO").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("name");
    }

    @Test
    void aDeviceAskingTooOftenGets429WithRetryAfter() {
        for (int i = 0; i < 30; i++) {
            web.get().uri("/api/public/v1/accounts/verify?name=崇川教育").header("X-Device-Id", "device-under-test")
                    .exchange().expectStatus().isOk();
        }
        web.get().uri("/api/public/v1/accounts/verify?name=崇川教育").header("X-Device-Id", "device-under-test").exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("RATE_LIMITED");
        web.get().uri("/api/public/v1/accounts/verify?name=崇川教育").header("X-Device-Id", "another-device").exchange()
                .expectStatus().isOk();
    }
}
