package cn.gov.nantong.govmedia.coverage;

import static cn.gov.nantong.govmedia.support.Organizations.idOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.common.document.Workbooks;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestDatabase;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Art 11: governments and functional departments must run an account; exemptions are decided above the unit. */
@IntegrationTest
class CoverageIT {

    @Autowired
    WebTestClient web;

    @Test
    @Tag("11.1")
    void art11ObligedUnitsWithoutALiveAccountAreListedByCountyAndPlatform() throws Exception {
        String rdSupervisor = TestTokens.user("rd-supervisor", "RD-GOV-OFFICE", "SUPERVISOR");
        gaps("", rdSupervisor).jsonPath("$.totalItems").isEqualTo(2)
                .jsonPath("$.items[*].organizationCode").value(codes -> assertThat(codes.toString())
                        .contains("RD-GOV", "RD-CULTURE").doesNotContain("RD-GOV-OFFICE", "CC-EDU"))
                .jsonPath("$.items[0].countyName").isEqualTo("如东县人民政府");
        account("RD-CULTURE", "WECHAT_OFFICIAL", "ACTIVE");
        account("RD-GOV", "DOUYIN", "PENDING_FILING");

        gaps("", rdSupervisor).jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].organizationCode").isEqualTo("RD-GOV").jsonPath("$.items[0].pendingAccounts").isEqualTo(1);
        gaps("&platform=DOUYIN", rdSupervisor).jsonPath("$.totalItems").isEqualTo(2);
        web.get().uri("/api/v1/coverage/counties").headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.divisionCode == '320623')].countyName").isEqualTo("如东县人民政府")
                .jsonPath("$[?(@.divisionCode == '320623')].obliged").isEqualTo(2)
                .jsonPath("$[?(@.divisionCode == '320623')].covered").isEqualTo(1)
                .jsonPath("$[?(@.divisionCode == '320623')].uncovered").isEqualTo(1)
                .jsonPath("$[?(@.divisionCode == '320612')].obliged").isEqualTo(1);
        web.get().uri("/api/v1/coverage/gaps/export?divisionCode=320623").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .exchange().expectStatus().isOk().expectHeader().contentType(Workbooks.CONTENT_TYPE)
                .expectBody(byte[].class).value(bytes -> assertThat(bytes).startsWith((byte) 'P', (byte) 'K'));
        web.get().uri("/api/v1/coverage/gaps").headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectStatus().isForbidden();
        web.get().uri("/api/v1/coverage/gaps?divisionCode=32").headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("divisionCode");
    }

    @Test
    @Tag("11.1")
    void art11AnExemptionIsDecidedByTheCompetentAuthorityWithAReason() {
        long health = idOf("CC-HEALTH");
        obligation(TestTokens.ccSupervisor(), health, Map.of("obligation", "EXEMPT_CLASSIFIED", "version", 0))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        obligation(TestTokens.ccSupervisor(), health, Map.of("obligation", "OPTIONAL", "version", 0, "reason", "  "))
                .expectStatus().isOk().expectBody().jsonPath("$.accountObligation").isEqualTo("OPTIONAL")
                .jsonPath("$.obligationReason").doesNotExist().jsonPath("$.version").isEqualTo(1);
        obligation(TestTokens.ccSupervisor(), health, Map.of("obligation", "EXEMPT_CLASSIFIED", "version", 0, "reason", "涉密"))
                .expectStatus().isEqualTo(409);
        obligation(TestTokens.ccSupervisor(), health, Map.of("obligation", "EXEMPT_CLASSIFIED", "version", 1, "reason", "涉密单位"))
                .expectStatus().isOk().expectBody().jsonPath("$.obligationReason").isEqualTo("涉密单位");
        gaps("", TestTokens.ccSupervisor()).jsonPath("$.items[?(@.organizationCode == 'CC-HEALTH')]").doesNotExist();
        web.get().uri("/api/v1/audit-events?entityType=organization&action=SET_OBLIGATION")
                .headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(2);

        obligation(TestTokens.ccSupervisor(), idOf("CC-GOV-OFFICE"), Map.of("obligation", "REQUIRED", "version", 0))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("OWN_OBLIGATION")
                .jsonPath("$.article").isEqualTo("Art 11");
        obligation(TestTokens.user("rd-supervisor", "RD-GOV-OFFICE", "SUPERVISOR"), idOf("CC-EDU"),
                Map.of("obligation", "OPTIONAL", "version", 0)).expectStatus().isNotFound();
        obligation(TestTokens.ccOperator(), idOf("CC-EDU"), Map.of("obligation", "OPTIONAL", "version", 0)).expectStatus().isForbidden();
        obligation(TestTokens.cityAdmin(), idOf("NT-EDU-OFFICE"), Map.of("obligation", "REQUIRED", "version", 0))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.article").isEqualTo("Art 12");
        obligation(TestTokens.cityAdmin(), idOf("CC-EDU"), Map.of("obligation", "SOMETIMES", "version", 0)).expectStatus().isBadRequest();
    }

    private WebTestClient.BodyContentSpec gaps(String query, String token) {
        return web.get().uri("/api/v1/coverage/gaps?size=50" + query).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody();
    }

    private WebTestClient.ResponseSpec obligation(String token, long id, Map<String, Object> body) {
        return web.put().uri("/api/v1/organizations/{id}/account-obligation", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static void account(String host, String platform, String status) throws Exception {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into accounts (platform, name, host_organization_id, operator_type, operator_name, responsible_person,
                                          status, status_changed_on, certification_subject)
                    select '%s', o.name || '%s', o.id, 'IN_HOUSE', o.name, '王敏', '%s', current_date, o.name
                      from organizations o where o.code = '%s'""".formatted(platform, platform, status, host));
        }
    }
}
