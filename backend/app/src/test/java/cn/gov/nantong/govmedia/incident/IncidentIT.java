package cn.gov.nantong.govmedia.incident;

import static cn.gov.nantong.govmedia.support.Organizations.idOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.incident.grade.GradeRule;
import cn.gov.nantong.govmedia.incident.grade.IncidentGrade;
import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

/** Art 23, 29.3–29.5, 33.2: the incident register, its deadlines per grade, reporting, response posts and accountability. */
@IntegrationTest
class IncidentIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<GradeRule>> GRADES = new ParameterizedTypeReference<>() {};

    @Autowired
    WebTestClient web;

    @Test
    @DisplayName("Art 29.3, 29.5: a 舆情 graded 重大 is reported late, the person on duty is named, only the authority acknowledges, "
            + "it is forwarded to 网信 with the receipt and closed with its cause")
    @Tag("29.3")
    @Tag("29.5")
    void art29_3ReportedEscalatedAcknowledgedForwardedAndClosed() {
        long edu = idOf("CC-EDU");
        OffsetDateTime now = OffsetDateTime.now(SHANGHAI);
        shift(edu, "王敏", now);
        shift(idOf("CC-GOV-OFFICE"), "赵敏", now);
        IncidentDetail created = record(TestTokens.ccOperator(), incident(edu, "PUBLIC_OPINION", "MAJOR", now.minusHours(2)))
                .expectStatus().isCreated().expectBody(IncidentDetail.class).returnResult().getResponseBody();
        Incident incident = created.incident();
        assertThat(incident.dutyPerson()).startsWith("王敏");
        assertThat(incident.reportDueAt()).isEqualTo(incident.discoveredAt().plusMinutes(60));
        assertThat(incident.alerts()).containsExactly(IncidentAlert.REPORT_OVERDUE);
        assertThat(created.timeline()).extracting(IncidentEvent::kind).containsExactly(IncidentEventKind.DISCOVERED);

        step(TestTokens.ccOperator(), incident.id(), Map.of("kind", "ACKNOWLEDGED", "version", 0)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("NOT_ESCALATED");
        IncidentDetail escalated = step(TestTokens.ccOperator(), incident.id(), Map.of("kind", "ESCALATED", "note", "已电话报告", "version", 0))
                .expectStatus().isOk().expectBody(IncidentDetail.class).returnResult().getResponseBody();
        assertThat(escalated.incident().escalatedToOrganizationName()).isEqualTo("南通市崇川区人民政府办公室");
        assertThat(escalated.incident().alerts()).containsExactly(IncidentAlert.AWAITING_ACKNOWLEDGEMENT);
        IncidentEvent report = escalated.timeline().get(1);
        assertThat(report.onTime()).isFalse();
        assertThat(report.notifiedPerson()).startsWith("赵敏");
        step(TestTokens.ccOperator(), incident.id(), Map.of("kind", "ESCALATED", "version", 1)).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("ALREADY_ESCALATED");

        step(TestTokens.ccOperator(), incident.id(), Map.of("kind", "ACKNOWLEDGED", "version", 1)).expectStatus().isForbidden();
        web.get().uri("/api/v1/incidents/attention").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.openByGrade.MAJOR").isEqualTo(1).jsonPath("$.overdue[0].id").isEqualTo((int) incident.id());
        step(TestTokens.ccSupervisor(), incident.id(), Map.of("kind", "ACKNOWLEDGED", "version", 1)).expectStatus().isOk()
                .expectBody().jsonPath("$.incident.acknowledgedBy").isEqualTo("cc-supervisor")
                .jsonPath("$.incident.alerts").isEmpty();

        step(TestTokens.ccOperator(), incident.id(), Map.of("kind", "FORWARDED", "forwardedTo", "CYBERSPACE", "version", 2))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("receiptNo");
        step(TestTokens.ccOperator(), incident.id(), Map.of("kind", "FORWARDED", "forwardedTo", "SECRET_SERVICE", "receiptNo", "1",
                "version", 2)).expectStatus().isBadRequest();
        step(TestTokens.ccOperator(), incident.id(), Map.of("kind", "FORWARDED", "forwardedTo", "CYBERSPACE",
                "receiptNo", "崇网信〔2026〕12号", "version", 2)).expectStatus().isOk();
        step(TestTokens.ccOperator(), incident.id(), Map.of("kind", "CLOSED", "measuresTaken", "发布情况通报", "version", 3))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("cause");
        step(TestTokens.ccOperator(), incident.id(), Map.of("kind", "CLOSED", "cause", "家长转发未经核实的照片",
                "measuresTaken", "发布情况通报", "version", 2)).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("STALE_VERSION");
        IncidentDetail closed = step(TestTokens.ccOperator(), incident.id(), Map.of("kind", "CLOSED", "cause", "家长转发未经核实的照片",
                "measuresTaken", "发布情况通报", "version", 3)).expectStatus().isOk().expectBody(IncidentDetail.class)
                .returnResult().getResponseBody();
        assertThat(closed.incident().status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(closed.incident().securityVeto()).isFalse();
        assertThat(closed.timeline()).extracting(IncidentEvent::kind).containsExactly(IncidentEventKind.DISCOVERED,
                IncidentEventKind.ESCALATED, IncidentEventKind.ACKNOWLEDGED, IncidentEventKind.FORWARDED, IncidentEventKind.CLOSED);
        assertThat(closed.timeline().get(3).receiptNo()).isEqualTo("崇网信〔2026〕12号");
        step(TestTokens.ccOperator(), incident.id(), Map.of("kind", "PROGRESS", "note", "补记", "version", 4)).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("INCIDENT_CLOSED");

        web.get().uri("/api/v1/incidents/{id}", incident.id()).headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/v1/incidents?status=CLOSED&kind=PUBLIC_OPINION").headers(h -> h.setBearerAuth(TestTokens.rdOperator()))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(0);
        web.get().uri("/api/v1/incidents?status=CLOSED&kind=PUBLIC_OPINION&q=食堂").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor()))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(1);
        web.get().uri("/api/v1/audit-events?entityType=incident").headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(5);
    }

    @Test
    @DisplayName("Art 29.4, 32, 33.2: harmful content is taken down before closing, the security incident vetoes the host's year, "
            + "and accountability is recorded by the authority only")
    @Tag("29.4")
    @Tag("33.2")
    void art29_4HarmfulContentTakenDownVetoesAndIsAccountedFor() {
        long edu = idOf("CC-EDU");
        Fixture.account("崇川教育", "CC-EDU", "WECHAT_OFFICIAL", LocalDate.of(2024, 1, 1), "ACTIVE");
        Map<String, Object> harmful = incident(edu, "HARMFUL_CONTENT", "SERIOUS", OffsetDateTime.now(SHANGHAI).minusHours(7));
        long id = record(TestTokens.ccOperator(), harmful).expectStatus().isCreated().expectBody(IncidentDetail.class)
                .returnResult().getResponseBody().incident().id();
        web.get().uri("/api/v1/incidents?overdue=true").headers(h -> h.setBearerAuth(TestTokens.ccOperator())).exchange()
                .expectBody().jsonPath("$.items[0].alerts").value(alerts -> assertThat(alerts.toString()).contains("TAKEDOWN_OVERDUE"));
        step(TestTokens.ccOperator(), id, Map.of("kind", "CLOSED", "cause", "账号编辑误转", "measuresTaken", "加强审核", "version", 0))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("TAKEDOWN_PENDING")
                .jsonPath("$.article").isEqualTo("Art 29");
        step(TestTokens.ccOperator(), id, Map.of("kind", "TAKEN_DOWN", "version", 0)).expectStatus().isOk()
                .expectBody().jsonPath("$.timeline[1].onTime").isEqualTo(false).jsonPath("$.incident.securityVeto").isEqualTo(true);
        step(TestTokens.ccOperator(), id, Map.of("kind", "CLOSED", "cause", "账号编辑误转", "measuresTaken", "加强审核", "version", 1))
                .expectStatus().isOk();

        Map<String, Object> person = Map.of("subjectKind", "PERSON", "subjectName", "张某", "organizationId", edu,
                "measure", "ADMONISHMENT", "decidedOn", LocalDate.now(SHANGHAI).toString(), "basis", "第三十三条");
        web.post().uri("/api/v1/incidents/{id}/accountability", id).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(person).exchange().expectStatus().isForbidden();
        web.post().uri("/api/v1/incidents/{id}/accountability", id).headers(h -> h.setBearerAuth(TestTokens.ccSupervisor()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(person).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.accountability[0].organizationName").isEqualTo("南通市崇川区教育体育局")
                .jsonPath("$.accountability[0].measure").isEqualTo("ADMONISHMENT");

        List<Map<String, Object>> results = web.get().uri("/api/v1/assessments/{year}", LocalDate.now(SHANGHAI).getYear())
                .headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange().expectStatus().isOk().expectBody(LIST)
                .returnResult().getResponseBody();
        Map<String, Object> eduResult = results.stream().filter(r -> "南通市崇川区教育体育局".equals(r.get("organizationName")))
                .findFirst().orElseThrow();
        assertThat(eduResult.get("vetoed")).isEqualTo(true);
        assertThat(eduResult.get("score")).isEqualTo(0);
    }

    @Test
    @DisplayName("Art 23: a 舆情 needs its first response within the grade's deadline and running updates at its interval; "
            + "response posts come from review tickets; the deadlines are data the city administrator changes")
    @Tag("23.1")
    @Tag("23.2")
    void art23ResponsePostsAndRunningUpdates() {
        long edu = idOf("CC-EDU");
        long account = Fixture.account("崇川发布", "CC-EDU", "WEIBO", LocalDate.of(2024, 1, 1), "ACTIVE");
        OffsetDateTime now = OffsetDateTime.now(SHANGHAI).truncatedTo(ChronoUnit.SECONDS);
        long id = record(TestTokens.ccOperator(), incident(edu, "EMERGENCY", "MAJOR", now.minusHours(10)))
                .expectStatus().isCreated().expectBody(IncidentDetail.class).returnResult().getResponseBody().incident().id();
        step(TestTokens.ccOperator(), id, Map.of("kind", "ESCALATED", "version", 0)).expectStatus().isOk()
                .expectBody().jsonPath("$.incident.alerts").value(alerts -> assertThat(alerts.toString())
                        .contains("RESPONSE_OVERDUE").doesNotContain("UPDATE_OVERDUE"));
        long ticket = Fixture.publishedTicket(account, "关于暴雨积水的情况通报", now.minusHours(5).toString());
        step(TestTokens.ccOperator(), id, Map.of("kind", "TICKET_LINKED", "ticketId", 999_999, "version", 1))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("ticketId");
        IncidentDetail linked = step(TestTokens.ccOperator(), id, Map.of("kind", "TICKET_LINKED", "ticketId", ticket, "version", 1))
                .expectStatus().isOk().expectBody(IncidentDetail.class).returnResult().getResponseBody();
        assertThat(linked.tickets()).extracting(LinkedTicket::title).containsExactly("关于暴雨积水的情况通报");
        assertThat(linked.incident().lastPublishedAt().toInstant()).isEqualTo(now.minusHours(5).toInstant());
        assertThat(linked.incident().nextUpdateDueAt()).isEqualTo(linked.incident().lastPublishedAt().plusMinutes(240));
        assertThat(linked.incident().alerts()).contains(IncidentAlert.UPDATE_OVERDUE).doesNotContain(IncidentAlert.RESPONSE_OVERDUE);
        step(TestTokens.ccOperator(), id, Map.of("kind", "TICKET_LINKED", "ticketId", ticket, "version", 2)).expectStatus().isEqualTo(409);
        step(TestTokens.ccOperator(), id, Map.of("kind", "DISCOVERED", "version", 2)).expectStatus().isBadRequest();
        step(TestTokens.ccOperator(), id, Map.of("kind", "GRADED", "grade", "GENERAL", "version", 2)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("note");
        step(TestTokens.ccOperator(), id, Map.of("kind", "GRADED", "grade", "GENERAL", "note", "影响范围小于预判", "version", 2))
                .expectStatus().isOk().expectBody().jsonPath("$.incident.gradeName").isEqualTo("一般")
                .jsonPath("$.incident.alerts").value(alerts -> assertThat(alerts.toString()).doesNotContain("UPDATE_OVERDUE"));

        long version = web.get().uri("/api/v1/incident-grades").headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange()
                .expectBody(GRADES).returnResult().getResponseBody().stream().filter(rule -> rule.grade() == IncidentGrade.MAJOR)
                .findFirst().orElseThrow().version();
        Map<String, Object> faster = Map.of("reportWithinMinutes", 30, "responseWithinMinutes", 120, "updateEveryMinutes", 60,
                "takedownWithinMinutes", 60, "version", version);
        putGrade(TestTokens.ccSupervisor(), "MAJOR", faster).expectStatus().isForbidden();
        putGrade(TestTokens.cityAdmin(), "MAJOR", Map.of("reportWithinMinutes", 0, "responseWithinMinutes", 120,
                "updateEveryMinutes", 60, "takedownWithinMinutes", 60, "version", version)).expectStatus().isBadRequest();
        putGrade(TestTokens.cityAdmin(), "SEVERE", faster).expectStatus().isBadRequest();
        putGrade(TestTokens.cityAdmin(), "MAJOR", faster).expectStatus().isOk().expectBody().jsonPath("$.reportWithinMinutes").isEqualTo(30);
        putGrade(TestTokens.cityAdmin(), "MAJOR", faster).expectStatus().isEqualTo(409);
        putGrade(TestTokens.cityAdmin(), "MAJOR", Map.of("reportWithinMinutes", 60, "responseWithinMinutes", 300,
                "updateEveryMinutes", 240, "takedownWithinMinutes", 120, "version", version + 1)).expectStatus().isOk();
    }

    @Test
    @DisplayName("Art 29: bad input changes nothing: a future discovery, another unit's account, an unknown grade, "
            + "an organization outside the scope, a role that does not keep the register")
    @Tag("29.3")
    void art29BadInputIsRefused() {
        long edu = idOf("CC-EDU");
        OffsetDateTime now = OffsetDateTime.now(SHANGHAI);
        long other = Fixture.account("如东文旅", "RD-CULTURE", "WEIBO", LocalDate.of(2024, 1, 1), "ACTIVE");
        long before = count();
        record(TestTokens.ccOperator(), incident(edu, "PUBLIC_OPINION", "MAJOR", now.plusHours(2))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("discoveredAt");
        Map<String, Object> wrongAccount = incident(edu, "PUBLIC_OPINION", "MAJOR", now);
        wrongAccount.put("accountId", other);
        record(TestTokens.ccOperator(), wrongAccount).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field")
                .isEqualTo("accountId");
        record(TestTokens.ccOperator(), incident(edu, "PUBLIC_OPINION", "HUGE", now)).expectStatus().isBadRequest();
        record(TestTokens.ccOperator(), incident(idOf("RD-CULTURE"), "PUBLIC_OPINION", "MAJOR", now)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("hostOrganizationId");
        record(TestTokens.user("cc-reviewer", "CC-EDU", "REVIEWER"), incident(edu, "PUBLIC_OPINION", "MAJOR", now)).expectStatus()
                .isForbidden();
        assertThat(count()).isEqualTo(before);
        web.get().uri("/api/v1/incident-grades").headers(h -> h.setBearerAuth(TestTokens.ccOperator())).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].grade").isEqualTo("ESPECIALLY_MAJOR").jsonPath("$[2].name").isEqualTo("较大");
    }

    private long count() {
        return Long.parseLong(Fixture.text("select count(*) from incidents"));
    }

    private ResponseSpec record(String token, Map<String, Object> body) {
        return web.post().uri("/api/v1/incidents").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private ResponseSpec step(String token, long id, Map<String, Object> body) {
        return web.post().uri("/api/v1/incidents/{id}/events", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private ResponseSpec putGrade(String token, String grade, Map<String, Object> body) {
        return web.put().uri("/api/v1/incident-grades/{grade}", grade).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private void shift(long organizationId, String person, OffsetDateTime now) {
        web.post().uri("/api/v1/duty-shifts").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("organizationId", organizationId, "startsAt", now.minusHours(3).toString(),
                        "endsAt", now.plusHours(3).toString(), "personOnDuty", person, "phone", "13812345678"))
                .exchange().expectStatus().isCreated();
    }

    private static Map<String, Object> incident(long host, String kind, String grade, OffsetDateTime discoveredAt) {
        return new HashMap<>(Map.of("hostOrganizationId", host, "kind", kind, "grade", grade,
                "title", "网传某校食堂食品安全问题", "description", "微博话题阅读量两小时内超过 50 万",
                "discoveredAt", discoveredAt.toString()));
    }
}
