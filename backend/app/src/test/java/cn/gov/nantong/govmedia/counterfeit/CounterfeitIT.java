package cn.gov.nantong.govmedia.counterfeit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.complaint.ComplaintResponse;
import cn.gov.nantong.govmedia.submission.Submissions;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.Organizations;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Art 30: counterfeit reports are verified; a confirmed fake gets a letter, a report upwards and a place in the register. */
@IntegrationTest
class CounterfeitIT {

    private static final String OPERATOR = TestTokens.ccOperator();
    private static long accountId;

    @Autowired
    WebTestClient web;

    @BeforeAll
    static void account() {
        Submissions.execute("""
                insert into accounts (platform, name, host_organization_id, operator_type, operator_name, responsible_person,
                                      status, status_changed_on)
                select 'WECHAT_OFFICIAL', '崇川教育', id, 'IN_HOUSE', '办公室', '王敏', 'ACTIVE', current_date
                  from organizations where code = 'CC-EDU'""");
        accountId = Submissions.longValue("select id from accounts where name = ?", "崇川教育");
    }

    private long report(String suspectName) {
        Map<String, Object> body = Submissions.body("COUNTERFEIT_REPORT", 0, "发现假冒账号", "抖音上有人冒充崇川教育发布招生信息");
        body.remove("organizationId");
        body.put("accountId", accountId);
        body.put("suspect", Map.of("platform", "DOUYIN", "name", suspectName, "link", "https://www.douyin.com/user/fake"));
        return Submissions.idOf(Submissions.submitted(web, body).trackingNumber());
    }

    private WebTestClient.ResponseSpec verdict(long id, String verdict) {
        ComplaintResponse c = Submissions.get(web, OPERATOR, id);
        return Submissions.post(web, OPERATOR, "/api/v1/complaints/{id}/counterfeit-verdict", id,
                Map.of("verdict", verdict, "reason", "该账号未经备案，冒用我局名义", "version", c.version()));
    }

    @Test
    @DisplayName("Art 30: CONFIRMED_FAKE produces a PDF letter naming the fake, a report to the competent authority and a register entry")
    @Tag("30.3")
    @Tag("30.4")
    void confirmedFake() throws IOException {
        long id = report("崇川教育发布");
        assertThat(Submissions.get(web, OPERATOR, id).investigationStatus()).isEqualTo("VERIFYING");
        web.get().uri("/api/v1/counterfeits?status=VERIFYING").headers(h -> h.setBearerAuth(OPERATOR)).exchange()
                .expectBody().jsonPath("$.items[?(@.complaintId == " + id + ")].suspectName").isEqualTo("崇川教育发布");
        web.get().uri("/api/v1/complaints/{id}/letter.pdf", id).headers(h -> h.setBearerAuth(OPERATOR)).exchange()
                .expectStatus().isNotFound();

        CounterfeitResponse decided = verdict(id, "CONFIRMED_FAKE").expectStatus().isOk()
                .expectBody(CounterfeitResponse.class).returnResult().getResponseBody();
        assertThat(decided.status()).isEqualTo(InvestigationStatus.CONFIRMED_FAKE);
        assertThat(decided.letterAvailable()).isTrue();
        assertThat(decided.authorityOrganizationId()).isEqualTo(Organizations.idOf("CC-GOV-OFFICE"));
        assertThat(decided.authorityReport()).contains("崇川教育发布", "南通市崇川区教育体育局");
        verdict(id, "NOT_FAKE").expectStatus().isEqualTo(409);

        byte[] pdf = web.get().uri("/api/v1/complaints/{id}/letter.pdf", id).headers(h -> h.setBearerAuth(OPERATOR)).exchange()
                .expectStatus().isOk().expectHeader().contentType("application/pdf")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("崇川教育发布", "南通市崇川区教育体育局", "第三十条");
        }

        web.get().uri("/api/v1/counterfeits?status=CONFIRMED_FAKE").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].authorityReport").value(String.class, r -> assertThat(r).contains("假冒"));
        web.get().uri("/api/v1/counterfeits").headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(0);
        web.get().uri("/api/public/v1/accounts/verify?name=崇川教育发布").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.official").isEqualTo(false)
                .jsonPath("$.knownCounterfeit").isEqualTo(true)
                .jsonPath("$.message").isEqualTo("“崇川教育发布”是已确认的假冒政务新媒体账号，请勿关注或提供个人信息");
        web.get().uri("/api/public/v1/accounts/verify?name=崇川教育").exchange().expectBody()
                .jsonPath("$.official").isEqualTo(true).jsonPath("$.knownCounterfeit").isEqualTo(false);
        web.get().uri("/api/v1/complaints/{id}/timeline", id).headers(h -> h.setBearerAuth(OPERATOR)).exchange()
                .expectBody().jsonPath("$[-1].action").isEqualTo("COUNTERFEIT_VERDICT");
    }

    @Test
    @DisplayName("Art 30: NOT_FAKE closes the investigation without a letter or a register entry; only the host operator decides")
    @Tag("30.1")
    void notFake() {
        long id = report("崇川教育服务号");
        ComplaintResponse c = Submissions.get(web, OPERATOR, id);
        Submissions.post(web, TestTokens.ccSupervisor(), "/api/v1/complaints/{id}/counterfeit-verdict", id,
                Map.of("verdict", "NOT_FAKE", "reason", "核实", "version", c.version())).expectStatus().isForbidden();
        assertThat(verdict(id, "NOT_FAKE").expectStatus().isOk().expectBody(CounterfeitResponse.class).returnResult()
                .getResponseBody().status()).isEqualTo(InvestigationStatus.NOT_FAKE);
        web.get().uri("/api/v1/complaints/{id}/letter.pdf", id).headers(h -> h.setBearerAuth(OPERATOR)).exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/public/v1/accounts/verify?name=崇川教育服务号").exchange().expectBody()
                .jsonPath("$.knownCounterfeit").isEqualTo(false);
    }

    @Test
    @DisplayName("Art 30: a verdict on a submission that is not a counterfeit report is refused")
    @Tag("30.1")
    void verdictOnlyForCounterfeitReports() {
        long id = Submissions.idOf(Submissions.submitted(web, Submissions.body("MESSAGE", Organizations.idOf("CC-EDU"), "留言", "内容"))
                .trackingNumber());
        verdict(id, "CONFIRMED_FAKE").expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("INVESTIGATION_STATE");
    }
}
