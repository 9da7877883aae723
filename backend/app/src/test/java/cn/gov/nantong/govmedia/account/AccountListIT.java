package cn.gov.nantong.govmedia.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.Organizations;
import cn.gov.nantong.govmedia.support.TestDatabase;
import cn.gov.nantong.govmedia.support.TestTokens;
import cn.gov.nantong.govmedia.support.Workbooks;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The register as lists: scoped, filtered, sorted, paged, exported; only unfiled fields change without a filing. */
@IntegrationTest
class AccountListIT {

    @Autowired
    WebTestClient web;

    @BeforeAll
    static void register() throws Exception {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into accounts (platform, name, host_organization_id, operator_type, operator_name, responsible_person,
                                          status, status_changed_on)
                    select v.platform, v.name, o.id, 'IN_HOUSE', '办公室', '王敏', v.status, current_date
                      from (values ('CC-EDU', 'WECHAT_OFFICIAL', '崇川教育', 'ACTIVE'),
                                   ('CC-EDU', 'WEIBO', '崇川教育微博', 'CLOSED'),
                                   ('CC-HEALTH', 'WECHAT_OFFICIAL', '健康崇川', 'ACTIVE'),
                                   ('RD-CULTURE', 'DOUYIN', '如东文旅', 'ACTIVE')) as v(code, platform, name, status)
                      join organizations o on o.code = v.code""");
            statement.execute("""
                    insert into filings (type, account_id, host_organization_id, authority_organization_id, status,
                                         received_on, provincial_deadline, submitted_by)
                    select 'OPEN', a.id, a.host_organization_id, o.competent_authority_id, 'SUBMITTED',
                           date '2026-01-05', date '2026-01-08', 'cc-operator'
                      from accounts a join organizations o on o.id = a.host_organization_id where a.name = '健康崇川'""");
        }
    }

    @Test
    @Tag("15.5")
    void art15OverdueFilingsAreListed() {
        web.get().uri("/api/v1/accounts?overdue=true").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1).jsonPath("$.items[0].name").isEqualTo("健康崇川");
        web.get().uri("/api/v1/filings?deadline=OVERDUE").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].deadlineState").isEqualTo("OVERDUE")
                .jsonPath("$.items[0].accountName").isEqualTo("健康崇川");
        web.get().uri("/api/v1/filings?deadline=DUE_SOON").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(0);
        web.get().uri("/api/v1/filings?deadline=ON_TIME").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(0);
        web.get().uri("/api/v1/filings?deadline=LATE").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("deadline");
    }

    @Test
    @Tag("15.6")
    void listIsScopedAndFiltered() {
        web.get().uri("/api/v1/accounts?sort=name,asc").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(3)
                .jsonPath("$.items[?(@.name == '如东文旅')]").doesNotExist();
        web.get().uri("/api/v1/accounts?platform=WECHAT_OFFICIAL&status=ACTIVE").headers(h -> h.setBearerAuth(TestTokens.auditor()))
                .exchange().expectBody().jsonPath("$.totalItems").isEqualTo(2);
        web.get().uri("/api/v1/accounts?q=教育").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .exchange().expectBody().jsonPath("$.totalItems").isEqualTo(2);
        web.get().uri("/api/v1/accounts?organizationId={id}", Organizations.idOf("CC-HEALTH"))
                .headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .exchange().expectBody().jsonPath("$.totalItems").isEqualTo(1).jsonPath("$.items[0].name").isEqualTo("健康崇川");
        web.get().uri("/api/v1/accounts?organizationId={id}", Organizations.idOf("CC-HEALTH"))
                .headers(h -> h.setBearerAuth(TestTokens.rdOperator()))
                .exchange().expectBody().jsonPath("$.totalItems").isEqualTo(0);
        web.get().uri("/api/v1/accounts?sort=password,asc").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("sort");
    }

    @Test
    @Tag("15.6")
    void exportIsAnXlsxWithTheSameFilters() throws Exception {
        byte[] workbook = web.get().uri("/api/v1/accounts/export?status=ACTIVE").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor()))
                .exchange().expectStatus().isOk()
                .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectHeader().value("Content-Disposition", value -> assertThat(value).contains("attachment").contains(".xlsx"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        String text = Workbooks.text(workbook);
        assertThat(text).contains("崇川教育", "健康崇川", "账号名称").doesNotContain("崇川教育微博", "如东文旅");
        // codes are shown by their Chinese names
        assertThat(text).contains("微信公众号", "已开通").doesNotContain("WECHAT_OFFICIAL", "ACTIVE");
    }

    @Test
    void onlyUnfiledFieldsChangeWithoutAFiling() {
        long id = web.get().uri("/api/v1/accounts?q=健康崇川").headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange()
                .expectBody(Map.class).returnResult().getResponseBody() instanceof Map<?, ?> page
                ? ((Number) ((Map<?, ?>) ((java.util.List<?>) page.get("items")).get(0)).get("id")).longValue() : 0;
        web.patch().uri("/api/v1/accounts/{id}", id).headers(h -> h.setBearerAuth(TestTokens.auditor()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("responsiblePhone", "051385000000")).exchange()
                .expectStatus().isForbidden();
        web.patch().uri("/api/v1/accounts/{id}", id).headers(h -> h.setBearerAuth(TestTokens.rdOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("responsiblePhone", "051385000000")).exchange()
                .expectStatus().isNotFound();
        web.patch().uri("/api/v1/accounts/{id}", id).headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("responsiblePhone", "051385000000", "version", 0)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.responsiblePhone").isEqualTo("051385000000")
                .jsonPath("$.version").isEqualTo(1);
        web.patch().uri("/api/v1/accounts/{id}", id).headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("avatarUrl", "https://x.example/a.png", "version", 0)).exchange()
                .expectStatus().isEqualTo(409);
        web.patch().uri("/api/v1/accounts/{id}", id).headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "改名")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo("健康崇川");
    }
}
