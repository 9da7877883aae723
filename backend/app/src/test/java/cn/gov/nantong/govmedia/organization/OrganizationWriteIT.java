package cn.gov.nantong.govmedia.organization;

import static cn.gov.nantong.govmedia.support.Organizations.idOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** CITY_ADMIN creates and changes organizations; bad input is refused field by field, nothing half-written. */
@IntegrationTest
class OrganizationWriteIT {

    @Autowired
    WebTestClient web;

    private Map<String, Object> newDepartment(String code, String creditCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "南通市崇川区文化广电和旅游局");
        body.put("shortName", "崇川区文广旅局");
        body.put("type", "DEPARTMENT");
        body.put("level", "COUNTY");
        body.put("divisionCode", "320613");
        body.put("creditCode", creditCode);
        body.put("parentId", idOf("CC-GOV"));
        body.put("competentAuthorityId", idOf("CC-GOV-OFFICE"));
        return body;
    }

    @Test
    void cityAdminCreatesADepartmentAndTheChangeIsAudited() {
        OrganizationResponse created = web.post().uri("/api/v1/organizations")
                .headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .header("X-Request-Id", "test-create-0001")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(newDepartment("CC-CULTURE", "11320613MB0003001" + checkDigit("11320613MB0003001")))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(OrganizationResponse.class).returnResult().getResponseBody();
        assertThat(created).isNotNull();
        assertThat(created.parentId()).isEqualTo(idOf("CC-GOV"));
        assertThat(created.competentAuthorityName()).isEqualTo("南通市崇川区人民政府办公室");
        assertThat(created.depth()).isEqualTo(3);

        web.get().uri("/api/v1/audit-events?entityType=organization&entityId={id}", created.id())
                .headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].action").isEqualTo("CREATE")
                .jsonPath("$.items[0].actor").isEqualTo("city-admin")
                .jsonPath("$.items[0].actorRoles[0]").isEqualTo("CITY_ADMIN")
                .jsonPath("$.items[0].requestId").isEqualTo("test-create-0001")
                .jsonPath("$.items[0].after.code").isEqualTo("CC-CULTURE");

        web.get().uri("/api/v1/organizations/{id}", created.id()).headers(h -> h.setBearerAuth(TestTokens.ccSupervisor()))
                .exchange().expectStatus().isOk();
        web.get().uri("/api/v1/organizations/{id}", created.id()).headers(h -> h.setBearerAuth(TestTokens.rdOperator()))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void malformedJsonIs400() {
        web.post().uri("/api/v1/organizations").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"code\": \"X1\", \"name\": ")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("MALFORMED_BODY")
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.detailEn").isNotEmpty();
    }

    @Test
    void everyInvalidFieldIsListedOnceInChineseAndEnglish() {
        Map<String, Object> body = newDepartment("bad code", null);
        body.put("name", " ");
        body.put("divisionCode", "32061");
        body.remove("type");
        web.post().uri("/api/v1/organizations").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                .jsonPath("$.errors.length()").isEqualTo(4)
                .jsonPath("$.errors[?(@.field == 'code')].message").isEqualTo("格式不正确")
                .jsonPath("$.errors[?(@.field == 'name')].messageEn").isEqualTo("must not be blank")
                .jsonPath("$.errors[?(@.field == 'divisionCode')].code").isEqualTo("Pattern")
                .jsonPath("$.errors[?(@.field == 'type')].message").isEqualTo("不能为空");
        assertNoOrganizationNamed("bad code");
    }

    @Test
    void invalidCreditCodeIsRefusedNamingTheField() {
        web.post().uri("/api/v1/organizations").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(newDepartment("CC-SPORT", "11320613MB00030011"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("creditCode")
                .jsonPath("$.errors[0].code").isEqualTo("CreditCode")
                .jsonPath("$.errors[0].message").isEqualTo("统一社会信用代码无效（须为 18 位且符合 GB 32100 校验位）");
        assertNoOrganizationNamed("CC-SPORT");
    }

    @Test
    void duplicateCodeIsAConflict() {
        web.post().uri("/api/v1/organizations").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(newDepartment("CC-EDU", "11320613MB00030010"))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("ORGANIZATION_CODE_TAKEN");
    }

    @Test
    @Tag("6.1")
    void competentAuthorityMustBeAGovernmentOfficeOrTheDepartmentsOwnOffice() {
        Map<String, Object> body = newDepartment("CC-WATER", "11320613MB0003002" + checkDigit("11320613MB0003002"));
        body.put("competentAuthorityId", idOf("CC-EDU"));
        web.post().uri("/api/v1/organizations").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.article").isEqualTo("Art 6");
        assertNoOrganizationNamed("CC-WATER");
    }

    @Test
    void staleVersionIsAConflictAndMovingBelowItselfIsRefused() {
        long chongchuan = idOf("CC-GOV");
        web.patch().uri("/api/v1/organizations/{id}", chongchuan).headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("shortName", "崇川区", "version", 0))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(1).jsonPath("$.shortName").isEqualTo("崇川区");
        web.patch().uri("/api/v1/organizations/{id}", chongchuan).headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("shortName", "旧版本", "version", 0))
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("STALE_VERSION");
        web.patch().uri("/api/v1/organizations/{id}", chongchuan).headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("parentId", idOf("CC-EDU")))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("parentId");
    }

    @Test
    void movingAnOrganizationMovesItsSubtree() {
        long zone = idOf("TZB-ADMIN");
        web.patch().uri("/api/v1/organizations/{id}", zone).headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("parentId", idOf("TZ-GOV")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.depth").isEqualTo(3);
        web.get().uri("/api/v1/organizations/{id}", idOf("TZB-OFFICE")).headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.depth").isEqualTo(4);
    }

    private void assertNoOrganizationNamed(String code) {
        web.get().uri("/api/v1/organizations?q={code}", code).headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.totalItems").isEqualTo(0);
    }

    static char checkDigit(String first17) {
        String charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += charset.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        int check = 31 - sum % 31;
        return charset.charAt(check == 31 ? 0 : check);
    }
}
