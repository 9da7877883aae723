package cn.gov.nantong.govmedia.activity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.calendar.WorkingDayCalendar;
import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.Organizations;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

/** Activity metrics and their rules, with fixed dates; the check day is Monday 2026-11-16 (and the day before). */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivityMonitoringIT {

    static final LocalDate CHECK_DAY = LocalDate.of(2026, 11, 16);
    static final LocalDate DAY_BEFORE = LocalDate.of(2026, 11, 15);

    @Autowired
    WebTestClient web;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    ActivitySnapshotJob job;

    @BeforeAll
    void data() {
        LocalDate longAgo = LocalDate.of(2026, 1, 1);
        long active = Fixture.account("活跃账号", "CC-EDU", "WECHAT_OFFICIAL", longAgo, "ACTIVE");
        Fixture.publication(active, "ORIGINAL", "2026-11-16T10:00:00+08:00");
        Fixture.publication(active, "ORIGINAL", "2026-11-06T10:00:00+08:00");
        long weekly = Fixture.account("每周未更新", "CC-EDU", "WEIBO", longAgo, "ACTIVE");
        Fixture.publication(weekly, "REPOST", "2026-11-09T23:30:00+08:00");
        long fortnight = Fixture.account("两周未更新", "CC-HEALTH", "DOUYIN", longAgo, "ACTIVE");
        Fixture.publication(fortnight, "ORIGINAL", "2026-11-02T09:00:00+08:00");
        long dormant = Fixture.account("三月未更新", "RD-CULTURE", "WECHAT_OFFICIAL", longAgo, "ACTIVE");
        Fixture.publication(dormant, "ORIGINAL", "2026-08-16T09:00:00+08:00");
        Fixture.account("新开账号", "CC-EDU", "DOUYIN", LocalDate.of(2026, 11, 12), "ACTIVE");
        Fixture.account("已关停账号", "CC-EDU", "KUAISHOU", longAgo, "CLOSED");
        long interaction = Fixture.account("互动账号", "CC-HEALTH", "WECHAT_OFFICIAL", longAgo, "ACTIVE");
        Fixture.publication(interaction, "ORIGINAL", "2026-11-16T08:00:00+08:00");
        Fixture.publication(interaction, "ORIGINAL", "2026-11-10T08:00:00+08:00");
        LocalDate received = LocalDate.of(2026, 9, 30);
        LocalDate due = calendar.plus(received, 5).block().date();
        Fixture.submission(interaction, "PUBLISHED", LocalDate.of(2026, 8, 15), LocalDate.of(2026, 8, 21), null);
        Fixture.submission(interaction, "PUBLISHED", received, due, "2026-10-13T20:00:00+08:00");
        Fixture.submission(interaction, "PUBLISHED", received, due, "2026-10-14T09:00:00+08:00");
        Fixture.submission(interaction, "HIDDEN", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 7), null);
    }

    @Test
    @DisplayName("Art 19: one update a week and one original every 2 weeks; the 7-day window ends with the as-of day (Shanghai dates)")
    @Tag("19.5")
    @Tag("19.6")
    void art19WeeklyUpdateAndFortnightlyOriginal() {
        Map<String, Object> weekly = metrics(TestTokens.cityAdmin(), CHECK_DAY, "每周未更新");
        assertThat(weekly.get("flags")).isEqualTo(List.of("WEEKLY_UPDATE_MISSED", "ORIGINAL_MISSED"));
        assertThat(weekly.get("vetoed")).isEqualTo(false);
        // 23:30 on 9 November in Shanghai is still inside the 7 days up to 15 November.
        Map<String, Object> dayBefore = metrics(TestTokens.cityAdmin(), DAY_BEFORE, "每周未更新");
        assertThat(dayBefore.get("flags")).isEqualTo(List.of("ORIGINAL_MISSED"));
        assertThat(dayBefore.get("updatesLast7Days")).isEqualTo(1);

        Map<String, Object> active = metrics(TestTokens.cityAdmin(), CHECK_DAY, "活跃账号");
        assertThat(active.get("flags")).isEqualTo(List.of());
        assertThat(active.get("updatesLast7Days")).isEqualTo(1);
        assertThat(active.get("originalsLast14Days")).isEqualTo(2);
        assertThat((String) active.get("lastUpdateAt")).startsWith("2026-11-16T02:00");
        // Longest gap in the 3 months from 17 August: 17 Aug -> 6 Nov = 81 days.
        assertThat(active.get("longestGapDays")).isEqualTo(81);
        assertThat(metrics(TestTokens.cityAdmin(), CHECK_DAY, "新开账号").get("flags")).as("live for less than a week").isEqualTo(List.of());
    }

    @Test
    @DisplayName("National indicator veto: no update in the 2 weeks before the check (14 days incl. the check day)")
    void nationalVetoNoUpdateInTwoWeeks() {
        Map<String, Object> vetoed = metrics(TestTokens.cityAdmin(), CHECK_DAY, "两周未更新");
        assertThat(flags(vetoed)).contains("NO_UPDATE_TWO_WEEKS");
        assertThat(vetoed.get("vetoed")).isEqualTo(true);
        assertThat(flags(metrics(TestTokens.cityAdmin(), DAY_BEFORE, "两周未更新"))).doesNotContain("NO_UPDATE_TWO_WEEKS");

        List<Map<String, Object>> flagged = list(TestTokens.cityAdmin(), "/api/v1/supervision/accounts?asOf=2026-11-16&flag=NO_UPDATE_TWO_WEEKS");
        assertThat(flagged).extracting(m -> m.get("accountName")).containsExactlyInAnyOrder("两周未更新", "三月未更新");
    }

    @Test
    @DisplayName("Art 12: no update for 3 months marks a dormant candidate; the closed account is not monitored")
    @Tag("12.2")
    void art12DormantCandidateAfterThreeMonths() {
        Map<String, Object> dormant = metrics(TestTokens.cityAdmin(), CHECK_DAY, "三月未更新");
        assertThat(flags(dormant)).contains("DORMANT_CANDIDATE");
        assertThat(dormant.get("longestGapDays")).isEqualTo(91);
        assertThat(flags(metrics(TestTokens.cityAdmin(), DAY_BEFORE, "三月未更新"))).doesNotContain("DORMANT_CANDIDATE");
        assertThat(list(TestTokens.cityAdmin(), "/api/v1/supervision/accounts?asOf=2026-11-16&size=50"))
                .extracting(m -> m.get("accountName")).doesNotContain("已关停账号").hasSize(6);
    }

    @Test
    @DisplayName("Art 24 + national poor-interaction veto: replies due in 5 working days across National Day; unanswered over 3 months")
    @Tag("24.2")
    void art24ReplyTimelinessAndPoorInteractionVeto() {
        assertThat(calendar.plus(LocalDate.of(2026, 9, 30), 5).block().date()).isEqualTo(LocalDate.of(2026, 10, 13));
        Map<String, Object> metrics = metrics(TestTokens.cityAdmin(), CHECK_DAY, "互动账号");
        assertThat(metrics.get("repliesOnTime")).as("answered on the last working day").isEqualTo(1);
        assertThat(metrics.get("repliesOverdue")).as("answered one day late").isEqualTo(1);
        assertThat(metrics.get("unansweredOver3Months")).as("the hidden one is not a valid submission").isEqualTo(1);
        assertThat(metrics.get("flags")).isEqualTo(List.of("POOR_INTERACTION"));
        assertThat(metrics(TestTokens.cityAdmin(), DAY_BEFORE, "互动账号").get("flags")).as("exactly 3 months is not over 3 months")
                .isEqualTo(List.of());
    }

    @Test
    @DisplayName("Scope (Art 6): an RD user sees only RD accounts and gets 404 for a CC organization")
    @Tag("6.3")
    void scopeRefusals() {
        assertThat(list(TestTokens.rdOperator(), "/api/v1/supervision/accounts?asOf=2026-11-16"))
                .extracting(m -> m.get("accountName")).containsExactly("三月未更新");
        web.get().uri("/api/v1/supervision/accounts?organizationId={id}", Organizations.idOf("CC-EDU"))
                .headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange().expectStatus().isNotFound();
        assertThat(list(TestTokens.ccSupervisor(), "/api/v1/supervision/accounts?asOf=2026-11-16&platform=WECHAT_OFFICIAL"))
                .extracting(m -> m.get("accountName")).containsExactlyInAnyOrder("活跃账号", "互动账号");
        web.get().uri("/api/v1/supervision/accounts?asOf=2099-01-01").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    @DisplayName("Art 32: daily snapshots are stored once per day and feed the weekly trend of the overview; league table")
    @Tag("32.5")
    void snapshotsOverviewAndLeagueTable() {
        StepVerifier.create(job.snapshot(DAY_BEFORE)).expectNext(6L).verifyComplete();
        StepVerifier.create(job.snapshot(CHECK_DAY)).expectNext(6L).verifyComplete();
        StepVerifier.create(job.snapshot(CHECK_DAY)).expectNext(0L).verifyComplete();

        web.get().uri("/api/v1/supervision/overview?asOf=2026-11-16").headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.activity.live").isEqualTo(6)
                .jsonPath("$.activity.silent").isEqualTo(3)
                .jsonPath("$.activity.dormant").isEqualTo(1)
                .jsonPath("$.activity.vetoed").isEqualTo(3)
                .jsonPath("$.overdueReplies").isEqualTo(1)
                .jsonPath("$.overdueFilings").isEqualTo(0)
                .jsonPath("$.byStatus[?(@.key == 'CLOSED')].count").isEqualTo(1)
                .jsonPath("$.trend.length()").isEqualTo(2)
                .jsonPath("$.trend[0].weekStarting").isEqualTo("2026-11-09")
                .jsonPath("$.trend[0].vetoed").isEqualTo(1) // only the dormant one, a day earlier
                .jsonPath("$.trend[1].snapshotDay").isEqualTo("2026-11-16")
                .jsonPath("$.trend[1].vetoed").isEqualTo(3);
        web.get().uri("/api/v1/supervision/overview?asOf=2026-11-16").headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectBody().jsonPath("$.activity.live").isEqualTo(1).jsonPath("$.trend[1].accounts").isEqualTo(1);

        List<Map<String, Object>> league = web.get().uri("/api/v1/supervision/organizations?asOf=2026-11-16")
                .headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() { }).returnResult().getResponseBody();
        assertThat(league).extracting(m -> m.get("organizationName"))
                .containsExactly("南通市崇川区教育体育局", "如东县文化广电和旅游局", "南通市崇川区卫生健康委员会");
        web.post().uri("/api/v1/supervision/snapshots?day=2026-11-16").headers(h -> h.setBearerAuth(TestTokens.auditor()))
                .exchange().expectStatus().isForbidden();
    }

    private Map<String, Object> metrics(String token, LocalDate asOf, String name) {
        return list(token, "/api/v1/supervision/accounts?size=50&asOf=" + asOf).stream()
                .filter(m -> name.equals(m.get("accountName"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<String> flags(Map<String, Object> metrics) {
        return (List<String>) metrics.get("flags");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String token, String uri) {
        Map<String, Object> page = web.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult().getResponseBody();
        return (List<Map<String, Object>>) page.get("items");
    }
}
