package cn.gov.nantong.govmedia.repost;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Art 21 (rule 21.3): required reposts, completed by a matching publication record, reminded, rated per organization. */
@IntegrationTest
@Tag("21.3")
class RepostTaskIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String URL = "https://www.news.cn/politics/c_1.htm";

    @Autowired
    WebTestClient web;

    private static long edu;
    private static long culture;

    @BeforeAll
    static void accounts() {
        edu = Fixture.account("崇川教育", "CC-EDU", "WECHAT_OFFICIAL", TODAY.minusYears(1), "ACTIVE");
        culture = Fixture.account("如东文旅", "RD-CULTURE", "WEIBO", TODAY.minusYears(1), "ACTIVE");
    }

    @BeforeEach
    void noTasks() {
        Fixture.exec("delete from repost_task_targets; delete from repost_tasks; delete from publications where account_id in ("
                + edu + ", " + culture + ")");
    }

    private WebTestClient.ResponseSpec post(String token, String uri, Object body) {
        return web.post().uri(uri).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private RepostTaskDetail get(String token, long id) {
        return web.get().uri("/api/v1/repost-tasks/{id}", id).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(RepostTaskDetail.class).returnResult().getResponseBody();
    }

    private long issue(LocalDate deadline, long... accounts) {
        RepostTaskDetail created = post(TestTokens.cityAdmin(), "/api/v1/repost-tasks", Map.of("title", "学习贯彻全会精神",
                "sourceUrl", URL, "sourceTitle", "全会公报", "note", "不得修改标题", "deadline", deadline.toString(),
                "accountIds", java.util.Arrays.stream(accounts).boxed().toList()))
                .expectStatus().isCreated().expectBody(RepostTaskDetail.class).returnResult().getResponseBody();
        return created.task().id();
    }

    private static void published(long account, String title, String url, OffsetDateTime at) {
        Fixture.exec("insert into publications (account_id, host_organization_id, published_at, origin, title, url, recorded_by)"
                + " select id, host_organization_id, '" + at + "', 'REPOST', '" + title + "', '" + url + "', 'test' from accounts where id = "
                + account);
    }

    private static RepostTarget target(RepostTaskDetail detail, long account) {
        return detail.targets().stream().filter(t -> t.accountId() == account).findFirst().orElseThrow();
    }

    @Test
    void art21_aTargetIsDoneOnceItPublishesTheSourceUrlOrTheTitleAfterIssueAndByTheDeadline() {
        long id = issue(TODAY.plusDays(5), edu, culture);
        published(culture, "全会公报", "https://weibo.com/old", OffsetDateTime.now().minusDays(1)); // before the task: not a repost of it
        published(edu, "另一个标题", URL, OffsetDateTime.now().plusSeconds(1));
        RepostTaskDetail detail = get(TestTokens.cityAdmin(), id);
        assertThat(target(detail, edu).state()).isEqualTo(RepostTargetState.DONE);
        assertThat(target(detail, edu).publishedUrl()).isEqualTo(URL);
        assertThat(target(detail, culture).state()).isEqualTo(RepostTargetState.PENDING);
        published(culture, " 全会公报", "https://weibo.com/new", OffsetDateTime.now().plusSeconds(1));
        assertThat(target(get(TestTokens.cityAdmin(), id), culture).state()).isEqualTo(RepostTargetState.PENDING); // title differs
        published(culture, "全会公报", "https://weibo.com/new2", OffsetDateTime.now().plusSeconds(2));
        detail = get(TestTokens.cityAdmin(), id);
        assertThat(target(detail, culture).state()).isEqualTo(RepostTargetState.DONE);
        assertThat(detail.task().done()).isEqualTo(2);
        assertThat(Fixture.text("select count(*) from audit_events where entity_type = 'repost_task' and action = 'CREATE'"))
                .isEqualTo("1");
    }

    @Test
    void art21_aTargetPastTheDeadlineIsOverdueAndAppearsInTheAttentionWithThoseDueWithinAWorkingDay() {
        long late = issue(TODAY, edu);
        Fixture.exec("update repost_tasks set deadline = current_date - 3 where id = " + late);
        long soon = issue(TODAY, culture);
        long later = issue(TODAY.plusDays(30), culture);
        published(edu, "全会公报", "https://mp.weixin.qq.com/late", OffsetDateTime.now().plusSeconds(1)); // after the deadline
        assertThat(target(get(TestTokens.cityAdmin(), late), edu).state()).isEqualTo(RepostTargetState.OVERDUE);

        RepostAttention attention = web.get().uri("/api/v1/repost-tasks/attention").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .exchange().expectStatus().isOk().expectBody(RepostAttention.class).returnResult().getResponseBody();
        assertThat(attention.items()).extracting(RepostAttention.Item::taskId).containsExactly(late, soon).doesNotContain(later);
        assertThat(attention.overdue()).isEqualTo(1);
        assertThat(attention.dueSoon()).isEqualTo(1);

        RepostAttention mine = web.get().uri("/api/v1/repost-tasks/attention").headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .exchange().expectStatus().isOk().expectBody(RepostAttention.class).returnResult().getResponseBody();
        assertThat(mine.items()).extracting(RepostAttention.Item::accountId).containsOnly(edu);
    }

    @Test
    void art21_operatorsSeeTheirOwnTargetsAndTheCompletionRateIsPerHostOrganization() {
        long id = issue(TODAY.plusDays(3), edu, culture);
        published(edu, "全会公报", "https://mp.weixin.qq.com/x", OffsetDateTime.now().plusSeconds(1));
        RepostTaskDetail mine = get(TestTokens.ccOperator(), id);
        assertThat(mine.targets()).extracting(RepostTarget::accountId).containsExactly(edu);
        web.get().uri("/api/v1/repost-tasks?outstanding=true&sort=deadline,asc").headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(0);
        web.get().uri("/api/v1/repost-tasks?outstanding=true").headers(h -> h.setBearerAuth(TestTokens.rdOperator()))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].targets").isEqualTo(1);

        List<RepostCompletion> rates = web.get().uri("/api/v1/repost-tasks/completion").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .exchange().expectStatus().isOk().expectBodyList(RepostCompletion.class).returnResult().getResponseBody();
        assertThat(rates).extracting(RepostCompletion::organizationName, RepostCompletion::rate)
                .contains(org.assertj.core.groups.Tuple.tuple("南通市崇川区教育体育局", 1.0));
        assertThat(rates).filteredOn(r -> r.rate() == 0.0).hasSize(1);
    }

    @Test
    void art21_onlyAccountsOfTheIssuersScopeAndOnlyTheIssuerCancels() {
        long before = Long.parseLong(Fixture.text("select count(*) from repost_tasks"));
        post(TestTokens.ccSupervisor(), "/api/v1/repost-tasks", Map.of("title", "转发", "sourceUrl", URL,
                "deadline", TODAY.plusDays(2).toString(), "accountIds", List.of(edu, culture)))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("accountIds");
        post(TestTokens.cityAdmin(), "/api/v1/repost-tasks", Map.of("title", "转发", "sourceUrl", "ftp://x",
                "deadline", TODAY.plusDays(2).toString(), "accountIds", List.of(edu))).expectStatus().isBadRequest();
        post(TestTokens.cityAdmin(), "/api/v1/repost-tasks", Map.of("title", "转发", "sourceUrl", URL,
                "deadline", TODAY.minusDays(1).toString(), "accountIds", List.of(edu)))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("deadline");
        assertThat(Long.parseLong(Fixture.text("select count(*) from repost_tasks"))).isEqualTo(before);

        long id = issue(TODAY.plusDays(2), edu);
        post(TestTokens.ccSupervisor(), "/api/v1/repost-tasks/" + id + "/cancel", Map.of("reason", "改发新稿"))
                .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("NOT_ISSUER");
        post(TestTokens.cityAdmin(), "/api/v1/repost-tasks/" + id + "/cancel", Map.of("reason", "改发新稿"))
                .expectStatus().isOk().expectBody().jsonPath("$.task.status").isEqualTo("CANCELLED");
        post(TestTokens.cityAdmin(), "/api/v1/repost-tasks/" + id + "/cancel", Map.of("reason", "改发新稿"))
                .expectStatus().isEqualTo(409);
        assertThat(Fixture.text("select count(*) from audit_events where entity_type = 'repost_task' and action = 'CANCEL'"))
                .isEqualTo("1");
    }
}
