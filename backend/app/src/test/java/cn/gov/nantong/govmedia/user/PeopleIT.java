package cn.gov.nantong.govmedia.user;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.Organizations;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** People are shown by name: the lookup by login id, and the audit page's names. */
@IntegrationTest
class PeopleIT {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };

    @Autowired
    WebTestClient web;

    private void createUser(String token, String username, String displayName, String organizationCode, String role) {
        web.post().uri("/api/v1/users").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "displayName", displayName, "organizationId", Organizations.idOf(organizationCode),
                        "roles", List.of(role)))
                .exchange().expectStatus().isCreated();
    }

    @Test
    void anyStaffMemberGetsTheNamesOfTheLoginIdsAskedForAndNothingElse() {
        createUser(TestTokens.cityAdmin(), "cc-edu-zhang", "张晓", "CC-EDU", "OPERATOR");
        List<Map<String, Object>> people = web.get().uri("/api/v1/people?username=cc-edu-zhang&username=nobody-here&username=cc-edu-zhang")
                .headers(h -> h.setBearerAuth(TestTokens.user("rd-operator", "RD-EDU", "OPERATOR"))).exchange()
                .expectStatus().isOk().expectBody(LIST).returnResult().getResponseBody();
        assertThat(people).containsExactly(Map.of("username", "cc-edu-zhang", "displayName", "张晓", "organizationName", "南通市崇川区教育体育局"));

        String tooMany = IntStream.range(0, 101).mapToObj(i -> "username=u" + i).reduce((a, b) -> a + "&" + b).orElseThrow();
        web.get().uri("/api/v1/people?" + tooMany).headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange()
                .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/people").headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange().expectStatus().isBadRequest();
    }

    @Test
    void theAuditPageNamesTheActorAndTheOrganization() {
        createUser(TestTokens.cityAdmin(), "nt-office-zhou", "周敏", "NT-GOV-OFFICE", "CITY_ADMIN");
        createUser(TestTokens.user("nt-office-zhou", "NT-GOV-OFFICE", "CITY_ADMIN"), "cc-edu-qian", "钱进", "CC-EDU", "OPERATOR");
        Map<String, Object> page = web.get().uri("/api/v1/audit-events?actor=nt-office-zhou")
                .headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
        @SuppressWarnings("unchecked")
        Map<String, Object> event = ((List<Map<String, Object>>) page.get("items")).get(0);
        assertThat(event).containsEntry("actor", "nt-office-zhou").containsEntry("actorName", "周敏")
                .containsEntry("organizationName", "南通市人民政府办公室");
    }
}
