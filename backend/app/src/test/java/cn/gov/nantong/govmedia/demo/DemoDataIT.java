package cn.gov.nantong.govmedia.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The demo data set: loaded once into an empty database, and every screen of the demo logins has something to show. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataIT {

    private static final Logger log = LoggerFactory.getLogger(DemoDataIT.class);

    @Autowired
    WebTestClient web;
    @Autowired
    DemoData demoData;

    @BeforeAll
    void load() {
        long started = System.nanoTime();
        assertThat(demoData.loadIfEmpty().block()).isTrue();
        log.warn("demo data loaded in {} ms: {} accounts, {} filings, {} publications, {} complaints, {} snapshots",
                Duration.ofNanos(System.nanoTime() - started).toMillis(), count("accounts"), count("filings"), count("publications"),
                count("complaints"), count("activity_snapshots"));
    }

    @Test
    @DisplayName("A second load finds accounts and changes nothing")
    void loadingTwiceIsANoOp() {
        String before = counts();
        assertThat(demoData.loadIfEmpty().block()).isFalse();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    @DisplayName("The city-wide supervision overview has non-zero tiles and 12 weeks of trend")
    void overviewIsAlive() {
        Map<String, Object> overview = get("/api/v1/supervision/overview", TestTokens.cityAdmin(), new ParameterizedTypeReference<>() { });
        @SuppressWarnings("unchecked")
        Map<String, Number> activity = (Map<String, Number>) overview.get("activity");
        assertThat(activity.get("live").longValue()).isGreaterThan(200);
        assertThat(activity.get("silent").longValue()).isPositive();
        assertThat(activity.get("dormant").longValue()).isPositive();
        assertThat(activity.get("vetoed").longValue()).isPositive();
        assertThat(((Number) overview.get("overdueFilings")).longValue()).isPositive();
        assertThat(((Number) overview.get("overdueDeliveries")).longValue()).isPositive();
        assertThat(((Number) overview.get("overdueReplies")).longValue()).isPositive();
        assertThat((List<?>) overview.get("byStatus")).hasSize(5);
        assertThat((List<?>) overview.get("byPlatform")).hasSize(11);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> trend = (List<Map<String, Object>>) overview.get("trend");
        assertThat(trend).hasSize(12).allSatisfy(week -> assertThat(((Number) week.get("accounts")).longValue()).isPositive());
        assertThat(trend).anySatisfy(week -> assertThat(((Number) week.get("silent")).longValue()).isPositive());
        assertThat(trend).anySatisfy(week -> assertThat(((Number) week.get("dormant")).longValue()).isPositive());
    }

    @Test
    @DisplayName("The demo logins see data in their scope: cc-handler the submissions of CC-HEALTH, rd-operator those of RD-CULTURE")
    void demoLoginsSeeTheirScope() {
        String handler = TestTokens.user("cc-handler", "CC-HEALTH", "HANDLER");
        assertThat(total("/api/v1/complaints", handler)).isPositive();
        assertThat(total("/api/v1/complaints?status=FORWARDED", handler)).isPositive();
        assertThat(total("/api/v1/complaints", TestTokens.rdOperator())).isPositive();
        assertThat(total("/api/v1/accounts", TestTokens.rdOperator())).isPositive();
        assertThat(total("/api/v1/accounts", TestTokens.ccOperator())).isPositive();
        assertThat(total("/api/v1/filings", TestTokens.ccSupervisor())).isPositive();
        assertThat(total("/api/v1/supervision/accounts", TestTokens.user("rd-supervisor", "RD-GOV-OFFICE", "SUPERVISOR"))).isPositive();
    }

    @Test
    @DisplayName("Every filing state, account status, submission kind and status is there, with overdue ones")
    void everyStateIsThere() {
        assertThat(Fixture.text("select string_agg(distinct status, ',' order by status) from filings")).isEqualTo("APPROVED,RETURNED,SUBMITTED");
        assertThat(Fixture.text("select string_agg(distinct type, ',' order by type) from filings")).isEqualTo("CANCEL,CHANGE,CLOSE,OPEN");
        assertThat(Fixture.text("select string_agg(distinct status, ',' order by status) from accounts"))
                .isEqualTo("ACTIVE,CANCELLED,CLOSED,CLOSING,PENDING_FILING");
        assertThat(Fixture.text("select string_agg(distinct status, ',' order by status) from complaints")).isEqualTo("ANSWERED,CLOSED,FORWARDED,RECEIVED");
        assertThat(Fixture.text("select count(distinct kind) from complaints")).isEqualTo("6");
        assertThat(Fixture.text("select bool_and(tracking_number ~ '^TS[0-9]{13}$') from complaints")).isEqualTo("t");
        assertThat(Fixture.text("select count(*) from faqs where published")).isNotEqualTo("0");
        assertThat(Fixture.text("select count(*) from spot_check_findings")).isNotEqualTo("0");
        assertThat(Fixture.text("select count(distinct type) from measures")).isEqualTo("4");
        assertThat(Fixture.text("select string_agg(distinct status, ',' order by status) from review_tickets"))
                .isEqualTo("DRAFT,IN_REVIEW,PUBLISHED,RETURNED");
    }

    @Test
    @DisplayName("The public feeds show the published rumour rebuttals and FAQ entries")
    void publicFeeds() {
        assertThat(total("/api/public/v1/rumour-rebuttals", null)).isEqualTo(3);
    }

    @Test
    @DisplayName("Every list screen of city-admin reads the demo rows without error (every filing and submission is mapped)")
    void screensReadEveryRow() {
        String admin = TestTokens.cityAdmin();
        for (String list : List.of("/api/v1/accounts", "/api/v1/filings", "/api/v1/complaints", "/api/v1/publications")) {
            long total = total(list, admin);
            assertThat(total).as(list).isPositive();
            for (int page = 1; (page - 1) * 200L < total && page <= 3; page++) {
                assertThat(total(list + "?size=200&page=" + page, admin)).isEqualTo(total);
            }
        }
        for (String list : List.of("/api/v1/measures", "/api/v1/counterfeits", "/api/v1/rectifications", "/api/v1/commendations",
                "/api/v1/faqs")) {
            assertThat(total(list, admin)).as(list).isPositive();
        }
        assertThat(total("/api/public/v1/faqs", null)).isPositive();
        assertThat(total("/api/v1/review-tickets", TestTokens.user("cc-reviewer", "CC-EDU", "REVIEWER"))).isPositive();
        List<Map<String, Object>> checks = get("/api/v1/spot-checks", admin, new ParameterizedTypeReference<>() { });
        assertThat(checks).hasSize(1);
        assertThat(get("/api/v1/spot-checks/" + checks.get(0).get("id"), admin, new ParameterizedTypeReference<Map<String, Object>>() { }))
                .isNotEmpty();
        int lastYear = LocalDate.now().getYear() - 1;
        assertThat(get("/api/v1/assessments/" + lastYear, admin, new ParameterizedTypeReference<List<Object>>() { })).isNotEmpty();
        assertThat(get("/api/v1/supervision/organizations", admin, new ParameterizedTypeReference<List<Object>>() { })).isNotEmpty();
    }

    private long total(String uri, String token) {
        Map<String, Object> page = get(uri, token, new ParameterizedTypeReference<>() { });
        return ((Number) page.get("totalItems")).longValue();
    }

    private <T> T get(String uri, String token, ParameterizedTypeReference<T> type) {
        return web.get().uri(uri).headers(h -> {
            if (token != null) {
                h.setBearerAuth(token);
            }
        }).exchange().expectStatus().isOk().expectBody(type).returnResult().getResponseBody();
    }

    private static String count(String table) {
        return Fixture.text("select count(*) from " + table);
    }

    private static String counts() {
        return Fixture.text("select concat_ws(',', (select count(*) from organizations), (select count(*) from accounts),"
                + " (select count(*) from filings), (select count(*) from publications), (select count(*) from complaints),"
                + " (select count(*) from activity_snapshots))");
    }
}
