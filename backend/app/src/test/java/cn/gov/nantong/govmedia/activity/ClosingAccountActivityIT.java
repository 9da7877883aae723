package cn.gov.nantong.govmedia.activity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Art 16 with Art 19: an account in its closure announcement is still listed but owes no more updates. */
@IntegrationTest
class ClosingAccountActivityIT {

    @Autowired
    WebTestClient web;

    @Test
    @DisplayName("Art 16.3: a closing account is not flagged for missing updates; an active one as silent is")
    @Tag("16.3")
    void art16_3ClosingAccountIsNotFlaggedForMissingUpdates() {
        LocalDate longAgo = LocalDate.of(2026, 1, 1);
        Fixture.account("公告关停中", "CC-EDU", "WEIBO", longAgo, "CLOSING");
        Fixture.account("长期未更新", "CC-EDU", "DOUYIN", longAgo, "ACTIVE");

        List<Map<String, Object>> accounts = metrics();
        assertThat(flagsOf(accounts, "公告关停中")).isEmpty();
        assertThat(flagsOf(accounts, "长期未更新")).contains("WEEKLY_UPDATE_MISSED", "NO_UPDATE_TWO_WEEKS", "DORMANT_CANDIDATE");
    }

    @SuppressWarnings("unchecked")
    private static List<String> flagsOf(List<Map<String, Object>> accounts, String name) {
        return (List<String>) accounts.stream().filter(m -> name.equals(m.get("accountName"))).findFirst().orElseThrow().get("flags");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> metrics() {
        Map<String, Object> page = web.get().uri("/api/v1/supervision/accounts?size=50&asOf=2026-11-16")
                .headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult().getResponseBody();
        return (List<Map<String, Object>>) page.get("items");
    }
}
