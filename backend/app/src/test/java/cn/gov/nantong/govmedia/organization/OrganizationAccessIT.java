package cn.gov.nantong.govmedia.organization;

import static cn.gov.nantong.govmedia.support.Organizations.idOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Who may read and change organizations, and how refusals read. */
@IntegrationTest
class OrganizationAccessIT {

    @Autowired
    WebTestClient web;

    @Test
    void noTokenIsRefusedWith401ProblemDetails() {
        web.get().uri("/api/v1/organizations/tree").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED")
                .jsonPath("$.title").isEqualTo("未登录或登录已失效")
                .jsonPath("$.requestId").isNotEmpty();
    }

    @Test
    void expiredForeignOrUnsignedTokensAreRefused() {
        for (String token : List.of(TestTokens.expired(), TestTokens.fromOtherIssuer(), TestTokens.signedByStranger(), "garbage")) {
            web.get().uri("/api/v1/organizations/tree").headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void wrongRoleIsRefusedWith403() {
        web.post().uri("/api/v1/organizations").headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "CC-NEW", "name", "新单位", "type", "DEPARTMENT", "level", "COUNTY",
                        "divisionCode", "320613", "creditCode", "11320613MB00030010", "parentId", idOf("CC-GOV")))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("FORBIDDEN");
    }

    @Test
    void provincialSyncClientCannotUseTheAdminApi() {
        web.get().uri("/api/v1/organizations/tree").headers(h -> h.setBearerAuth(TestTokens.syncClient())).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    @Tag("6.3")
    void organizationOutsideTheCallersSubtreeIs404LikeAMissingOne() {
        long chongchuanEducation = idOf("CC-EDU");
        web.get().uri("/api/v1/organizations/{id}", chongchuanEducation)
                .headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
        web.get().uri("/api/v1/organizations/{id}", 999_999)
                .headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/v1/organizations/{id}", chongchuanEducation)
                .headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("南通市崇川区教育体育局");
    }

    @Test
    void cityAdminSeesTheWholeCityTree() {
        List<OrganizationNode> tree = tree(TestTokens.cityAdmin());
        assertThat(tree).singleElement().satisfies(root -> {
            assertThat(root.name()).isEqualTo("南通市人民政府");
            assertThat(root.children()).extracting(OrganizationNode::name)
                    .contains("南通市崇川区人民政府", "如东县人民政府", "南通经济技术开发区管理委员会", "南通市人民政府办公室");
        });
        assertThat(count(tree)).isEqualTo(30);
    }

    @Test
    @Tag("6.3")
    void countyStaffSeeOnlyTheirBranch() {
        assertThat(tree(TestTokens.rdOperator())).singleElement().satisfies(root -> {
            assertThat(root.name()).isEqualTo("如东县文化广电和旅游局");
            assertThat(root.children()).isEmpty();
        });
        List<OrganizationNode> supervisorTree = tree(TestTokens.ccSupervisor());
        assertThat(supervisorTree).singleElement().satisfies(root -> {
            assertThat(root.name()).isEqualTo("南通市崇川区人民政府");
            assertThat(root.children()).extracting(OrganizationNode::code)
                    .containsExactly("CC-GOV-OFFICE", "CC-EDU", "CC-HEALTH");
        });
    }

    @Test
    void flatListIsScopedFilteredAndPaged() {
        web.get().uri("/api/v1/organizations?type=GOVERNMENT_OFFICE&size=5&page=2&sort=name,asc")
                .headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(11)
                .jsonPath("$.totalPages").isEqualTo(3)
                .jsonPath("$.page").isEqualTo(2)
                .jsonPath("$.items.length()").isEqualTo(5);
        web.get().uri("/api/v1/organizations?q=教育").headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.totalItems").isEqualTo(0);
        web.get().uri("/api/v1/organizations?q=教育").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].code").isEqualTo("CC-EDU");
    }

    @Test
    void badListParametersAreNamed() {
        web.get().uri("/api/v1/organizations?sort=password,asc&size=500")
                .headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
        web.get().uri("/api/v1/organizations?type=MINISTRY")
                .headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("type");
    }

    @Test
    void meTellsRolesAndOrganization() {
        web.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(TestTokens.ccOperator())).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.username").isEqualTo("cc-operator")
                .jsonPath("$.roles[0]").isEqualTo("OPERATOR")
                .jsonPath("$.organization.name").isEqualTo("南通市崇川区教育体育局");
    }

    @Test
    void unknownPathsAre404ProblemDetails() {
        web.get().uri("/no/such/page").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
        web.get().uri("/api/v1/no-such-resource").headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private List<OrganizationNode> tree(String token) {
        return web.get().uri("/api/v1/organizations/tree").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<OrganizationNode>>() { })
                .returnResult().getResponseBody();
    }

    private static int count(List<OrganizationNode> nodes) {
        return nodes.stream().mapToInt(node -> 1 + count(node.children())).sum();
    }
}
