package cn.gov.nantong.govmedia.duty;

import static cn.gov.nantong.govmedia.support.Organizations.idOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import cn.gov.nantong.govmedia.support.Workbooks;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Art 29.2: the duty roster (值班值守), who is on duty now, and the holidays nobody covers. */
@IntegrationTest
class DutyRosterIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    WebTestClient web;

    @Test
    @Tag("29.2")
    void art29_2ShiftsDoNotOverlapAndTheHandoverIsRecorded() {
        long edu = idOf("CC-EDU");
        DutyShift first = add(TestTokens.ccOperator(), shift(edu, "2026-10-01T08:30:00+08:00", "2026-10-02T08:30:00+08:00", "王敏"))
                .expectStatus().isCreated().expectBody(DutyShift.class).returnResult().getResponseBody();
        assertThat(first.organizationName()).isEqualTo("南通市崇川区教育体育局");
        assertThat(first.createdBy()).isEqualTo("cc-operator");

        add(TestTokens.ccOperator(), shift(edu, "2026-10-02T08:00:00+08:00", "2026-10-03T08:30:00+08:00", "李强"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("SHIFT_OVERLAP");
        add(TestTokens.ccOperator(), shift(edu, "2026-10-02T08:30:00+08:00", "2026-10-02T08:00:00+08:00", "李强"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("endsAt");
        add(TestTokens.ccOperator(), shift(edu, "2026-10-02T08:30:00+08:00", "2026-10-12T08:30:00+08:00", "李强"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("endsAt");
        add(TestTokens.ccOperator(), shift(idOf("RD-CULTURE"), "2026-10-02T08:30:00+08:00", "2026-10-03T08:30:00+08:00", "李强"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("organizationId");
        Map<String, Object> noPhone = shift(edu, "2026-10-02T08:30:00+08:00", "2026-10-03T08:30:00+08:00", "李强");
        noPhone.remove("phone");
        add(TestTokens.ccOperator(), noPhone).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("phone");
        add(TestTokens.user("cc-handler", "CC-EDU", "HANDLER"), shift(edu, "2026-10-02T08:30:00+08:00", "2026-10-03T08:30:00+08:00", "李强"))
                .expectStatus().isForbidden();

        handover(first.id(), "夜间无舆情，后台留言 3 条已转办", 0).expectStatus().isOk()
                .expectBody().jsonPath("$.handoverNote").isEqualTo("夜间无舆情，后台留言 3 条已转办").jsonPath("$.version").isEqualTo(1);
        handover(first.id(), "重复提交", 0).expectStatus().isEqualTo(409);
        web.get().uri("/api/v1/duty-shifts/{id}", first.id()).headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/v1/duty-shifts?organizationId={id}&from={from}&to={to}", edu, "2026-10-01T00:00:00+08:00",
                        "2026-10-08T00:00:00+08:00")
                .headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(1);
        web.get().uri("/api/v1/duty-shifts").headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(0);
        byte[] roster = web.get().uri("/api/v1/duty-shifts/export?organizationId={id}", edu)
                .headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange().expectStatus().isOk()
                .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(Workbooks.text(roster)).contains("值班人员", "王敏", "2026-10-01 08:30", "夜间无舆情，后台留言 3 条已转办");
        web.get().uri("/api/v1/audit-events?entityType=duty_shift").headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(2);
    }

    @Test
    @Tag("29.2")
    void art29_2HolidaysWithNobodyOnDutyAreFlaggedAndTheRunningShiftIsShown() {
        long health = idOf("CC-HEALTH");
        add(TestTokens.ccSupervisor(), shift(health, "2026-10-01T00:00:00+08:00", "2026-10-03T00:00:00+08:00", "赵敏"))
                .expectStatus().isCreated();
        web.get().uri("/api/v1/duty-shifts/gaps?organizationId={id}&from=2026-10-01&to=2026-10-11", health)
                .headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[0].day").isEqualTo("2026-10-03").jsonPath("$[0].kind").isEqualTo("HOLIDAY")
                .jsonPath("$[0].holiday").value(name -> assertThat(name.toString()).contains("国庆"))
                .jsonPath("$[*].day").value(days -> assertThat(days.toString()).doesNotContain("2026-10-01", "2026-10-02",
                        "2026-10-08", "2026-10-10")) // covered, working days, and a make-up working day (调休)
                .jsonPath("$[?(@.day == '2026-10-07')].kind").isEqualTo("HOLIDAY")
                .jsonPath("$[?(@.day == '2026-10-11')].kind").isEqualTo("WEEKEND");
        web.get().uri("/api/v1/duty-shifts/gaps?organizationId={id}&from=2026-10-01&to=2026-10-11", health)
                .headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange().expectStatus().isNotFound();
        web.get().uri("/api/v1/duty-shifts/gaps?organizationId={id}&from=2026-10-11&to=2026-10-01", health)
                .headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange().expectStatus().isBadRequest();

        OffsetDateTime now = OffsetDateTime.now(SHANGHAI);
        add(TestTokens.ccSupervisor(), shift(health, now.minusHours(1).toString(), now.plusHours(8).toString(), "钱进"))
                .expectStatus().isCreated();
        web.get().uri("/api/v1/duty-shifts/now?organizationId={id}", health).headers(h -> h.setBearerAuth(TestTokens.auditor()))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].personOnDuty").isEqualTo("钱进");
    }

    private static Map<String, Object> shift(long organizationId, String startsAt, String endsAt, String person) {
        Map<String, Object> shift = new HashMap<>();
        shift.put("organizationId", organizationId);
        shift.put("startsAt", startsAt);
        shift.put("endsAt", endsAt);
        shift.put("personOnDuty", person);
        shift.put("phone", "13812345678");
        shift.put("backupPerson", "李强");
        shift.put("backupPhone", "13912345678");
        return shift;
    }

    private WebTestClient.ResponseSpec add(String token, Map<String, Object> body) {
        return web.post().uri("/api/v1/duty-shifts").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec handover(long id, String note, long version) {
        return web.put().uri("/api/v1/duty-shifts/{id}/handover", id).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("note", note, "version", version)).exchange();
    }
}
