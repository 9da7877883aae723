package cn.gov.nantong.govmedia.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.Organizations;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** 近期动态: the caller's subtree only, without the content of the changes. */
@IntegrationTest
class RecentActivityIT {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @Autowired
    WebTestClient web;

    private List<Map<String, Object>> recent(String token) {
        return web.get().uri("/api/v1/workbench/recent-activity").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(LIST).returnResult().getResponseBody();
    }

    @Test
    void aCountySeesTheChangesOfItsOwnPeopleOnlyAndNoContent() {
        // a change by someone of 崇川区 (a user created by its government office's supervisor)
        web.post().uri("/api/v1/users").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "cc-edu-sun", "displayName", "孙立", "organizationId", Organizations.idOf("CC-EDU"),
                        "roles", List.of("OPERATOR")))
                .exchange().expectStatus().isCreated();

        List<Map<String, Object>> chongchuan = recent(TestTokens.ccSupervisor());
        assertThat(chongchuan).isNotEmpty().anySatisfy(event -> assertThat(event).containsEntry("entityType", "user")
                .containsEntry("actor", "cc-supervisor"));
        assertThat(chongchuan).allSatisfy(event -> assertThat(event).doesNotContainKeys("before", "after"));
        assertThat(recent(TestTokens.user("rd-supervisor", "RD-GOV-OFFICE", "SUPERVISOR")))
                .noneSatisfy(event -> assertThat(event).containsEntry("actor", "cc-supervisor"));
    }
}
