package cn.gov.nantong.govmedia.calendar;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Working days per the State Council's notices, as the deadlines of Art 15, 16 and 35 count them. */
@IntegrationTest
class CalendarIT {

    @Autowired
    WebTestClient web;

    private WebTestClient.BodyContentSpec workingDays(String from, int days) {
        return web.get().uri("/api/v1/calendar/working-days?from={from}&days={days}", from, days)
                .headers(h -> h.setBearerAuth(TestTokens.ccOperator())).exchange()
                .expectStatus().isOk().expectBody();
    }

    @Test
    @Tag("15.5")
    void art15ThreeWorkingDaysAcrossNationalDay2024() {
        workingDays("2024-09-30", 3).jsonPath("$.date").isEqualTo("2024-10-10")
                .jsonPath("$.calendarComplete").isEqualTo(true);
    }

    @Test
    @Tag("16.3")
    void art16FifteenWorkingDaysAcrossSpringFestival2026WithMakeUpSaturdays() {
        // 02-14 and 02-28 are worked Saturdays; 02-15..02-23 are off.
        workingDays("2026-02-10", 15).jsonPath("$.date").isEqualTo("2026-03-09");
        workingDays("2026-02-13", 1).jsonPath("$.date").isEqualTo("2026-02-14");
    }

    @Test
    @Tag("15.5")
    void art15NationalDay2026EndsOnTheMakeUpSaturday() {
        workingDays("2026-09-30", 3).jsonPath("$.date").isEqualTo("2026-10-10");
    }

    @Test
    @Tag("35.1")
    void art35TwentyWorkingDaysAcrossNewYear2025() {
        // 2025-01-01 off; 01-26 (Sun) worked; Spring Festival 01-28..02-04 off.
        workingDays("2024-12-31", 20).jsonPath("$.date").isEqualTo("2025-02-05");
    }

    @Test
    void aYearWithoutDataFallsBackToMondayToFridayAndSaysSo() {
        workingDays("2030-01-01", 3).jsonPath("$.date").isEqualTo("2030-01-04")
                .jsonPath("$.calendarComplete").isEqualTo(false)
                .jsonPath("$.missingYears[0]").isEqualTo(2030);
        web.get().uri("/api/v1/calendar/2030").headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.known").isEqualTo(false);
    }

    @Test
    void yearListsHolidaysAndMakeUpDays() {
        web.get().uri("/api/v1/calendar/2024").headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.known").isEqualTo(true)
                .jsonPath("$.holidays[?(@.date == '2024-02-10')].name").isEqualTo("春节")
                .jsonPath("$.makeUpWorkdays[?(@.date == '2024-02-04')].name").isEqualTo("调休上班")
                .jsonPath("$.makeUpWorkdays.length()").isEqualTo(8);
    }

    @Test
    void cityAdminAddsANewYearAndDeadlinesFollowIt() {
        Map<String, Object> year2027 = Map.of("source", "国务院办公厅关于2027年部分节假日安排的通知（测试）",
                "holidays", List.of(Map.of("date", "2027-01-01", "name", "元旦"), Map.of("date", "2027-01-04", "name", "元旦")),
                "makeUpWorkdays", List.of(Map.of("date", "2027-01-09", "name", "调休上班")));
        web.put().uri("/api/v1/calendar/2027").headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(year2027).exchange()
                .expectStatus().isForbidden();
        web.put().uri("/api/v1/calendar/2027").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(year2027).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.known").isEqualTo(true)
                .jsonPath("$.updatedBy").isEqualTo("city-admin");
        // 2026-12-31 (Thu) + 2: 01-01 off, 01-04 off, 01-05 (1), 01-06 (2)
        workingDays("2026-12-31", 2).jsonPath("$.date").isEqualTo("2027-01-06").jsonPath("$.calendarComplete").isEqualTo(true);
        workingDays("2027-01-08", 1).jsonPath("$.date").isEqualTo("2027-01-09");
        web.get().uri("/api/v1/audit-events?entityType=calendar_year&entityId=2027")
                .headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(1);
    }

    @Test
    void aMakeUpDayMustBeAWeekendDayAndBelongToTheYear() {
        web.put().uri("/api/v1/calendar/2028").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("source", "测试", "holidays", List.of(),
                        "makeUpWorkdays", List.of(Map.of("date", "2028-01-05", "name", "调休上班"))))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("makeUpWorkdays[0].date")
                .jsonPath("$.errors[0].code").isEqualTo("Weekend");
        web.put().uri("/api/v1/calendar/2028").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("source", "测试", "holidays", List.of(Map.of("date", "2026-10-01", "name", "国庆节")),
                        "makeUpWorkdays", List.of()))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].code").isEqualTo("NoticeYear");
        web.get().uri("/api/v1/calendar/2028").headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.known").isEqualTo(false);
    }

    @Test
    void badParametersAreNamed() {
        web.get().uri("/api/v1/calendar/working-days?from=2024-13-01&days=3")
                .headers(h -> h.setBearerAuth(TestTokens.ccOperator())).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("from");
        web.get().uri("/api/v1/calendar/working-days?from=2024-01-01&days=-1")
                .headers(h -> h.setBearerAuth(TestTokens.ccOperator())).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("days");
    }
}
