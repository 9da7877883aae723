package cn.gov.nantong.govmedia.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The annual assessment (Art 32), year 2026: CC-EDU loses points item by item, CC-HEALTH has a provincial veto, RD is clean. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentIT {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

    @Autowired
    WebTestClient web;

    @BeforeAll
    void data() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        long edu = Fixture.account("崇川教育", "CC-EDU", "WECHAT_OFFICIAL", start, "ACTIVE");
        long health = Fixture.account("崇川卫健", "CC-HEALTH", "WECHAT_OFFICIAL", start, "ACTIVE");
        long rd = Fixture.account("如东文旅", "RD-CULTURE", "WECHAT_OFFICIAL", start, "ACTIVE");
        Fixture.exec("insert into activity_snapshots (day, account_id, host_organization_id, platform, updates_7d, originals_14d, "
                + "longest_gap_days, replies_on_time, replies_overdue, unanswered_over_3_months, flags) select date '2026-06-01', id, "
                + "host_organization_id, platform, 0, 0, 9, 0, 0, 0, '{WEEKLY_UPDATE_MISSED,ORIGINAL_MISSED}' from accounts where id = " + edu);
        // an original every calendar week of the year, except three weeks of CC-EDU's (two of them one fortnight)
        Fixture.exec("insert into publications (account_id, host_organization_id, published_at, origin, title, url, recorded_by) "
                + "select a.id, a.host_organization_id, (cast(w as date) + time '10:00') at time zone 'Asia/Shanghai', 'ORIGINAL', '每周动态', "
                + "'https://example.gov.cn/w/' || a.id || '/' || cast(w as date), 'test' from accounts a "
                + "cross join generate_series(timestamp '2026-01-05', timestamp '2026-12-28', interval '7 days') w "
                + "where a.id <> " + edu + " or cast(w as date) not in (date '2026-03-02', date '2026-03-09', date '2026-06-01')");
        Fixture.exec("insert into measures (type, organization_id, basis, decided_on, created_by) select 'WARNING', host_organization_id, "
                + "'警告', date '2026-05-01', 'city-admin' from accounts where id = " + edu);
        Fixture.exec("insert into measures (type, organization_id, basis, decided_on, created_by) select 'WARNING', host_organization_id, "
                + "'上年度警告', date '2025-12-31', 'city-admin' from accounts where id = " + rd);
        Fixture.submission(edu, "PUBLISHED", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9), "2026-03-10T09:00:00+08:00");
        Fixture.exec("insert into spot_checks (organization_id, quarter, seed, sample_percent, population, created_by) select id, '2026-Q2', 1, 10, 3, 'city-admin' from organizations where code = 'NT-GOV'");
        Fixture.exec("insert into spot_check_accounts (check_id, account_id, host_organization_id, stratum_id, position) "
                + "select 1, id, host_organization_id, host_organization_id, 0 from accounts where id = " + edu);
        Fixture.exec("insert into spot_check_findings (check_id, account_id, item_id, description, recorded_by) select 1, " + edu
                + ", id, '名称不规范', 'auditor' from checklist_items where code = 'NAMING'");
        Fixture.exec("insert into spot_check_accounts (check_id, account_id, host_organization_id, stratum_id, position) "
                + "select 1, id, host_organization_id, host_organization_id, 1 from accounts where id = " + rd);
        Fixture.exec("insert into spot_check_findings (check_id, account_id, item_id, description, recorded_by) select 1, " + rd
                + ", id, '检查时点前两周无更新', 'auditor' from checklist_items where code = 'NO_UPDATE_TWO_WEEKS'");
        Fixture.exec("insert into inspection_findings (province_finding_id, account_id, host_organization_id, category, veto, description, "
                + "found_on, rectification_deadline) select 'JS-F-1', id, host_organization_id, 'NO_UPDATE_TWO_WEEKS', true, '两周未更新', "
                + "date '2026-04-01', date '2026-04-15' from accounts where id = " + health);
    }

    private List<Map<String, Object>> results(String token) {
        return web.get().uri("/api/v1/assessments/2026").headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
                .expectBody(LIST).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(Map<String, Object> result, String code) {
        return ((List<Map<String, Object>>) result.get("items")).stream().filter(i -> code.equals(i.get("code"))).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("Art 32: the year's score is computed item by item from metrics, spot checks, replies and measures; a provincial veto makes it zero")
    @Tag("32.5")
    @Tag("32.8")
    void art32ScoresAndVetoToZero() {
        List<Map<String, Object>> results = results(TestTokens.cityAdmin());
        assertThat(results).extracting(r -> r.get("organizationName"))
                .containsExactly("如东县文化广电和旅游局", "南通市崇川区教育体育局", "南通市崇川区卫生健康委员会");
        assertThat(results).extracting(r -> r.get("score")).containsExactly(100, 84, 0);
        Map<String, Object> edu = results.get(1);
        assertThat(item(edu, "INTERACTION").get("points")).isEqualTo(18);
        assertThat(item(edu, "SPOT_CHECKS").get("points")).isEqualTo(25);
        assertThat(item(edu, "MEASURES").get("points")).isEqualTo(5);
        assertThat(item(edu, "DORMANT_ACCOUNTS").get("points")).isEqualTo(20);
        Map<String, Object> rd = results.get(0);
        assertThat(rd.get("vetoed")).as("a city spot-check veto does not zero the year by default (Art 32.8)").isEqualTo(false);
        assertThat(item(rd, "SPOT_CHECK_VETO").get("occurrences")).isEqualTo(1);
        Map<String, Object> health = results.get(2);
        assertThat(health.get("vetoed")).isEqualTo(true);
        assertThat(item(health, "PROVINCIAL_VETO").get("occurrences")).isEqualTo(1);
        assertThat(item(health, "WEEKLY_UPDATES").get("points")).as("items still explained under a veto").isEqualTo(15);

        assertThat(results(TestTokens.rdOperator())).extracting(r -> r.get("organizationName")).containsExactly("如东县文化广电和旅游局");
        web.get().uri("/api/v1/assessments/2099").headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange().expectStatus().isBadRequest();
    }

    @Test
    @DisplayName("Art 19: each calendar week without an update and each fortnight without an original deducts, capped by the item")
    @Tag("19.5")
    @Tag("19.6")
    void art19WeeksAndFortnightsMissedAreDeductedOneByOne() {
        Map<String, Object> edu = results(TestTokens.cityAdmin()).get(1);
        assertThat(item(edu, "WEEKLY_UPDATES")).containsEntry("occurrences", 3).containsEntry("points", 12).containsEntry("maxPoints", 15);
        assertThat(item(edu, "ORIGINAL_CONTENT")).containsEntry("occurrences", 1).containsEntry("points", 4);
        Fixture.exec("delete from publications where host_organization_id = (select id from organizations where code = 'RD-CULTURE') "
                + "and published_at < timestamptz '2026-07-01 00:00+08'");
        Map<String, Object> rd = results(TestTokens.rdOperator()).get(0);
        assertThat(item(rd, "WEEKLY_UPDATES")).as("26 weeks missed, capped at the item's 15 points")
                .containsEntry("occurrences", 26).containsEntry("points", 0);
        Fixture.exec("insert into publications (account_id, host_organization_id, published_at, origin, title, url, recorded_by) "
                + "select a.id, a.host_organization_id, (cast(w as date) + time '10:00') at time zone 'Asia/Shanghai', 'ORIGINAL', '每周动态', "
                + "'https://example.gov.cn/w/' || a.id || '/' || cast(w as date), 'test' from accounts a "
                + "cross join generate_series(timestamp '2026-01-05', timestamp '2026-06-29', interval '7 days') w "
                + "where a.host_organization_id = (select id from organizations where code = 'RD-CULTURE')");
    }

    @Test
    @DisplayName("Art 32: the scheme is data; CITY_ADMIN changes a deduction and the score follows; others may not")
    @Tag("32.5")
    void art32SchemeIsEditableData() {
        List<Map<String, Object>> items = web.get().uri("/api/v1/assessment-items").headers(h -> h.setBearerAuth(TestTokens.auditor()))
                .exchange().expectStatus().isOk().expectBody(LIST).returnResult().getResponseBody();
        Map<String, Object> weekly = items.stream().filter(i -> "WEEKLY_UPDATES".equals(i.get("code"))).findFirst().orElseThrow();
        Map<String, Object> change = Map.of("name", weekly.get("name"), "maxPoints", 20, "deductionPoints", 10, "active", true, "version", 0);
        assertThat(weekly).containsEntry("source", "MISSED_WEEKS");
        web.put().uri("/api/v1/assessment-items/{id}", weekly.get("id")).headers(h -> h.setBearerAuth(TestTokens.auditor()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(change).exchange().expectStatus().isForbidden();
        web.put().uri("/api/v1/assessment-items/{id}", weekly.get("id")).headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(change).exchange().expectStatus().isOk();
        assertThat(results(TestTokens.cityAdmin()).get(1).get("score")).isEqualTo(72);
        web.put().uri("/api/v1/assessment-items/{id}", weekly.get("id")).headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(change).exchange().expectStatus().isEqualTo(409);
        Map<String, Object> restore = Map.of("name", weekly.get("name"), "maxPoints", 15, "deductionPoints", 1, "active", true, "version", 1);
        web.put().uri("/api/v1/assessment-items/{id}", weekly.get("id")).headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(restore).exchange().expectStatus().isOk();
        assertThat(results(TestTokens.cityAdmin()).get(1).get("score")).isEqualTo(84);
    }
}
