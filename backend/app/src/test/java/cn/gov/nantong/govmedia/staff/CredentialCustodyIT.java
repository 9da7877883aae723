package cn.gov.nantong.govmedia.staff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Art 26-27: trained staff hold credentials; when one leaves, every account they held owes a rotation. */
@IntegrationTest
class CredentialCustodyIT {

    @Autowired
    WebTestClient web;

    private StaffResponse createStaff(Map<String, Object> body) {
        return web.post().uri("/api/v1/staff").headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(StaffResponse.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec setHolders(String token, long accountId, List<Long> staffIds) {
        return web.put().uri("/api/v1/accounts/{id}/credential-holders", accountId).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("staffIds", staffIds)).exchange();
    }

    private static List<Long> activeAccountsOfChongchuanEducation() {
        return List.of(Fixture.account("崇川教育", "CC-EDU", "WECHAT_OFFICIAL", LocalDate.now(), "ACTIVE"),
                Fixture.account("崇川教育", "CC-EDU", "WEIBO", LocalDate.now(), "ACTIVE"));
    }

    @Test
    @Tag("27.2")
    @Tag("27.4")
    @Tag("27.5")
    void art27OnlyTrainedStaffHoldCredentialsAndADepartureOpensRotations() throws Exception {
        List<Long> accounts = activeAccountsOfChongchuanEducation();
        StaffResponse trained = createStaff(Map.of("name", "王敏", "position", "新媒体编辑", "trainedOn", "2026-03-15"));
        StaffResponse untrained = createStaff(Map.of("name", "赵磊"));
        assertThat(trained.organizationName()).isEqualTo("南通市崇川区教育体育局");

        setHolders(TestTokens.ccOperator(), accounts.get(0), List.of(untrained.id())).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.article").isEqualTo("Art 27");
        setHolders(TestTokens.rdOperator(), accounts.get(0), List.of(trained.id())).expectStatus().isNotFound();
        for (long account : accounts) {
            setHolders(TestTokens.ccOperator(), account, List.of(trained.id())).expectStatus().isOk()
                    .expectBody().jsonPath("$[0].name").isEqualTo("王敏");
        }

        web.post().uri("/api/v1/staff/{id}/departure", trained.id()).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("departedOn", "2026-11-30")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("DEPARTED");
        web.post().uri("/api/v1/staff/{id}/departure", trained.id()).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("departedOn", "2026-11-30")).exchange()
                .expectStatus().isEqualTo(409);

        web.get().uri("/api/v1/credential-rotation-tasks?status=OPEN").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor()))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(2)
                .jsonPath("$.items[0].staffName").isEqualTo("王敏");
        web.get().uri("/api/v1/credential-rotation-tasks").headers(h -> h.setBearerAuth(TestTokens.rdOperator()))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(0);
        web.get().uri("/api/v1/accounts/{id}/credential-holders", accounts.get(0)).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);

        RotationTaskResponse task = web.get().uri("/api/v1/credential-rotation-tasks?status=OPEN")
                .headers(h -> h.setBearerAuth(TestTokens.ccOperator())).exchange()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<
                        cn.gov.nantong.govmedia.common.paging.PageResponse<RotationTaskResponse>>() { })
                .returnResult().getResponseBody().items().get(0);
        web.post().uri("/api/v1/credential-rotation-tasks/{id}/closure", task.id()).headers(h -> h.setBearerAuth(TestTokens.rdOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("note", "已更换")).exchange()
                .expectStatus().isNotFound();
        web.post().uri("/api/v1/credential-rotation-tasks/{id}/closure", task.id()).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("note", "已于 12 月 1 日更换密码")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CLOSED").jsonPath("$.closedBy").isEqualTo("cc-operator");
        web.post().uri("/api/v1/credential-rotation-tasks/{id}/closure", task.id()).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("note", "again")).exchange()
                .expectStatus().isEqualTo(409);
    }

    @Test
    void staffWritesNeedAnOperatorOrCityAdmin() {
        web.post().uri("/api/v1/staff").headers(h -> h.setBearerAuth(TestTokens.auditor()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "张三")).exchange()
                .expectStatus().isForbidden();
        web.post().uri("/api/v1/staff").headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "张三", "trainedOn", "2999-01-01")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("trainedOn");
    }
}
