package cn.gov.nantong.govmedia.securityrecord;

import static cn.gov.nantong.govmedia.support.Organizations.idOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Art 27.1 and 27.3: each host's three security documents with their review dates, and the register of login devices. */
@IntegrationTest
class SecurityRecordsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    WebTestClient web;

    @Test
    @DisplayName("Art 27.1: one document of each kind per host, revised with a new version; due for review within 30 days; "
            + "bad input changes nothing")
    @Tag("27.1")
    void art27_1DocumentsAreKeptAndRevised() {
        long edu = idOf("CC-EDU");
        SecurityDocument rules = send(TestTokens.ccOperator(), HttpMethod.POST, "/api/v1/security-documents",
                document(edu, "SECURITY_RULES", TODAY.minusYears(1), TODAY.plusDays(10)))
                .expectStatus().isCreated().expectBody(SecurityDocument.class).returnResult().getResponseBody();
        assertThat(rules.organizationName()).isEqualTo("南通市崇川区教育体育局");
        assertThat(rules.dueState()).isEqualTo(DueState.DUE_SOON);

        send(TestTokens.ccOperator(), HttpMethod.POST, "/api/v1/security-documents",
                document(edu, "SECURITY_RULES", TODAY.minusDays(3), TODAY.plusYears(1)))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("SECURITY_DOCUMENT_EXISTS");
        send(TestTokens.ccOperator(), HttpMethod.POST, "/api/v1/security-documents",
                document(edu, "EMERGENCY_PLAN", TODAY.minusDays(3), TODAY.minusDays(4)))
                .expectStatus().isBadRequest().expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("nextReviewOn");
        send(TestTokens.ccOperator(), HttpMethod.POST, "/api/v1/security-documents",
                document(edu, "NO_SUCH_KIND", TODAY.minusDays(3), TODAY.plusYears(1)))
                .expectStatus().isBadRequest().expectHeader().contentType("application/problem+json");
        send(TestTokens.ccOperator(), HttpMethod.POST, "/api/v1/security-documents",
                document(idOf("RD-CULTURE"), "EMERGENCY_PLAN", TODAY.minusDays(3), TODAY.plusYears(1)))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("organizationId");
        send(TestTokens.user("cc-handler", "CC-EDU", "HANDLER"), HttpMethod.POST, "/api/v1/security-documents",
                document(edu, "EMERGENCY_PLAN", TODAY.minusDays(3), TODAY.plusYears(1))).expectStatus().isForbidden();
        assertThat(Fixture.text("select count(*) from security_documents")).isEqualTo("1");

        Map<String, Object> revision = document(null, null, TODAY, TODAY.plusYears(1));
        revision.put("versionLabel", "V3.0");
        revision.put("version", 0);
        send(TestTokens.ccSupervisor(), HttpMethod.PUT, "/api/v1/security-documents/" + rules.id(), revision).expectStatus().isOk()
                .expectBody().jsonPath("$.versionLabel").isEqualTo("V3.0").jsonPath("$.dueState").isEqualTo("CURRENT")
                .jsonPath("$.kind").isEqualTo("SECURITY_RULES").jsonPath("$.version").isEqualTo(1);
        send(TestTokens.ccOperator(), HttpMethod.PUT, "/api/v1/security-documents/" + rules.id(), revision)
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("STALE_VERSION");
        send(TestTokens.rdOperator(), HttpMethod.PUT, "/api/v1/security-documents/" + rules.id(), revision).expectStatus().isNotFound();
        web.get().uri("/api/v1/security-documents/{id}", rules.id()).headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/v1/security-documents?organizationId={id}&dueState=CURRENT", edu)
                .headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(1);
        web.get().uri("/api/v1/security-documents?dueState=NOT_A_STATE").headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectStatus().isBadRequest();
        web.get().uri("/api/v1/audit-events?entityType=security_document").headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(2);
    }

    @Test
    @DisplayName("Art 27.3: the device register: holder, kind, asset number unique per host, last check; unchecked devices in use "
            + "are overdue")
    @Tag("27.3")
    void art27_3DevicesAreRegisteredAndChecked() {
        long health = idOf("CC-HEALTH");
        Map<String, Object> laptop = device(health, "CCWJ-001", null);
        SecurityDevice device = send(TestTokens.ccSupervisor(), HttpMethod.POST, "/api/v1/security-devices", laptop)
                .expectStatus().isCreated().expectBody(SecurityDevice.class).returnResult().getResponseBody();
        assertThat(device.dueState()).isEqualTo(DueState.OVERDUE);
        send(TestTokens.ccSupervisor(), HttpMethod.POST, "/api/v1/security-devices", device(health, "CCWJ-001", TODAY))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("ASSET_NUMBER_TAKEN");
        send(TestTokens.ccSupervisor(), HttpMethod.POST, "/api/v1/security-devices", device(health, "CCWJ-002", TODAY.plusDays(1)))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("lastCheckedOn");
        assertThat(Fixture.text("select count(*) from security_devices")).isEqualTo("1");

        Map<String, Object> checked = device(null, "CCWJ-001", TODAY);
        checked.put("version", 0);
        send(TestTokens.ccSupervisor(), HttpMethod.PUT, "/api/v1/security-devices/" + device.id(), checked).expectStatus().isOk()
                .expectBody().jsonPath("$.dueState").isEqualTo("CURRENT").jsonPath("$.lastCheckedOn").isEqualTo(TODAY.toString());
        send(TestTokens.ccSupervisor(), HttpMethod.PUT, "/api/v1/security-devices/" + device.id(), device(null, "CCWJ-001", TODAY))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("version");
        send(TestTokens.ccSupervisor(), HttpMethod.POST, "/api/v1/security-devices", device(health, "CCWJ-003", TODAY.minusDays(91)))
                .expectStatus().isCreated();
        web.get().uri("/api/v1/security-devices?dueState=OVERDUE&q=ccwj").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor()))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1).jsonPath("$.items[0].assetNumber").isEqualTo("CCWJ-003");
        web.get().uri("/api/v1/security-devices").headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(0);
        web.get().uri("/api/v1/security-devices/{id}", device.id()).headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/v1/audit-events?entityType=security_device").headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(3);
    }

    static Map<String, Object> document(Long organizationId, String kind, LocalDate approvedOn, LocalDate nextReviewOn) {
        Map<String, Object> document = new HashMap<>();
        document.put("organizationId", organizationId);
        document.put("kind", kind);
        document.put("title", "政务新媒体安全管理制度");
        document.put("versionLabel", "V2.0");
        document.put("approvedOn", approvedOn.toString());
        document.put("nextReviewOn", nextReviewOn.toString());
        return document;
    }

    static Map<String, Object> device(Long organizationId, String assetNumber, LocalDate lastCheckedOn) {
        Map<String, Object> device = new HashMap<>();
        device.put("organizationId", organizationId);
        device.put("holder", "王敏");
        device.put("kind", "COMPUTER");
        device.put("assetNumber", assetNumber);
        device.put("lastCheckedOn", lastCheckedOn == null ? null : lastCheckedOn.toString());
        device.put("status", "IN_USE");
        return device;
    }

    WebTestClient.ResponseSpec send(String token, HttpMethod method, String uri, Object body) {
        return web.method(method).uri(uri).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }
}
