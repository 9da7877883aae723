package cn.gov.nantong.govmedia.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.nantong.govmedia.common.document.DocumentText;
import cn.gov.nantong.govmedia.common.document.OfficialDocuments;
import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Supervision jobs (Art 32, 33): sampling and the published notices run as jobs with progress; files for their creator only. */
@IntegrationTest
class SupervisionJobIT extends SupervisionJobTestBase {

    private WebTestClient.ResponseSpec start(String token, Map<String, Object> body) {
        return web.post().uri("/api/v1/supervision/jobs").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** Starts a job, checks the 202 answer and waits until it has finished. */
    private Map<String, Object> run(String token, Map<String, Object> body) {
        Map<String, Object> started = start(token, body).expectStatus().isAccepted().expectBody(MAP).returnResult().getResponseBody();
        assertThat(started.get("status")).isIn("QUEUED", "RUNNING", "SUCCEEDED");
        return await().atMost(Duration.ofSeconds(30)).until(() -> job(token, started.get("id")),
                job -> List.of("SUCCEEDED", "FAILED").contains(job.get("status")));
    }

    private byte[] file(String token, Object id, String contentType) {
        return web.get().uri("/api/v1/supervision/jobs/{id}/file", id).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectHeader().contentType(contentType)
                .expectHeader().value("Content-Disposition", d -> assertThat(d).startsWith("attachment").contains("filename*=UTF-8''"))
                .expectBody(byte[].class).returnResult().getResponseBody();
    }

    @Test
    @DisplayName("Art 32: a SPOT_CHECK_SAMPLE job draws the quarter's sample with the seed given; the same quarter again is a 409 at once")
    @Tag("32.4")
    void art32SamplingRunsAsAJob() {
        Map<String, Object> done = run(TestTokens.cityAdmin(), Map.of("kind", "SPOT_CHECK_SAMPLE", "quarter", "2025-Q2", "seed", 7));
        assertThat(done).containsEntry("status", "SUCCEEDED").containsEntry("progress", 100);
        web.get().uri("/api/v1/spot-checks/{id}", done.get("spotCheckId")).headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.quarter").isEqualTo("2025-Q2").jsonPath("$.seed").isEqualTo(7)
                .jsonPath("$.accounts.length()").isEqualTo(2);

        start(TestTokens.cityAdmin(), Map.of("kind", "SPOT_CHECK_SAMPLE", "quarter", "2025-Q2")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("SPOT_CHECK_EXISTS");
        start(TestTokens.auditor(), Map.of("kind", "SPOT_CHECK_SAMPLE", "quarter", "2025-Q1")).expectStatus().isForbidden();
        start(TestTokens.ccOperator(), Map.of("kind", "ASSESSMENT_NOTICE", "year", 2025, "format", "PDF")).expectStatus().isForbidden();
        web.get().uri("/api/v1/supervision/jobs/{id}", done.get("id")).headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/v1/supervision/jobs/{id}/file", done.get("id")).headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("JOB_NOT_FINISHED");
    }

    @Test
    @DisplayName("Art 32: the quarterly notice as PDF (Chinese font embedded, account names in the text), HTML and Excel")
    @Tag("32.6")
    void art32SpotCheckNoticeInThreeFormats() throws Exception {
        Map<String, Object> check = web.post().uri("/api/v1/spot-checks").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("quarter", "2025-Q3", "seed", 3)).exchange()
                .expectStatus().isCreated().expectBody(MAP).returnResult().getResponseBody();
        Object accountId = Fixture.text("select id from accounts where name = '崇川教育发布'");
        web.post().uri("/api/v1/spot-checks/{id}/findings", check.get("id")).headers(h -> h.setBearerAuth(TestTokens.auditor()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("accountId", Long.valueOf(accountId.toString()), "itemCode", "NO_UPDATE_TWO_WEEKS",
                        "description", "检查日前两周内无任何更新")).exchange().expectStatus().isCreated();
        web.post().uri("/api/v1/spot-checks/{id}/close", check.get("id")).headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange()
                .expectStatus().isOk();

        Map<String, Object> pdfJob = run(TestTokens.auditor(), Map.of("kind", "SPOT_CHECK_NOTICE", "spotCheckId", check.get("id"), "format", "PDF"));
        assertThat(pdfJob).containsEntry("status", "SUCCEEDED").containsEntry("fileName", "2025年第三季度抽查情况通报.pdf");
        byte[] pdf = file(TestTokens.auditor(), pdfJob.get("id"), "application/pdf");
        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("关于2025年第三季度全市政务新媒体抽查情况的通报", "崇川教育发布", "如东文旅", "不合格", "合格1个，不合格1个");
        }

        Map<String, Object> htmlJob = run(TestTokens.auditor(), Map.of("kind", "SPOT_CHECK_NOTICE", "spotCheckId", check.get("id"), "format", "HTML"));
        String html = new String(file(TestTokens.auditor(), htmlJob.get("id"), "text/html;charset=UTF-8"), StandardCharsets.UTF_8);
        assertThat(html).contains("<h1>关于2025年第三季度", "崇川教育发布", "检查日前两周内无任何更新");

        Map<String, Object> xlsxJob = run(TestTokens.cityAdmin(), Map.of("kind", "SPOT_CHECK_NOTICE", "spotCheckId", check.get("id"), "format", "XLSX"));
        byte[] xlsx = file(TestTokens.cityAdmin(), xlsxJob.get("id"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.findSheet("抽查结果").orElseThrow().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.stream().map(r -> r.getCellText(1) + ":" + r.getCellText(6))).contains("崇川教育发布:不合格", "如东文旅:合格");
        }
    }

    @Test
    @DisplayName("Art 32, 33.1: the annual assessment notice ranks every organization and lists the year's commendations, as Excel, and as PDF and Word laid out as an official document with no Latin letters; notices need a format and a year in range")
    @Tag("32.6")
    @Tag("33.1")
    void art32AssessmentNotice() throws Exception {
        Fixture.exec("insert into commendations (year, kind, organization_id, person_name, reason, decided_on, recorded_by) "
                + "select 2025, 'PERSON', id, '王敏', '全年原创发布 312 篇', date '2026-01-15', 'city-admin' from organizations where code = 'CC-EDU'");
        Map<String, Object> done = run(TestTokens.cityAdmin(), Map.of("kind", "ASSESSMENT_NOTICE", "year", 2025, "format", "XLSX"));
        assertThat(done).containsEntry("fileName", "2025年度政务新媒体考核结果通报.xlsx");
        byte[] xlsx = file(TestTokens.cityAdmin(), done.get("id"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> ranking = workbook.findSheet("考核结果").orElseThrow().read();
            assertThat(ranking.get(0).getCellText(1)).isEqualTo("单位");
            assertThat(ranking.subList(1, ranking.size()).stream().map(r -> r.getCellText(1)))
                    .contains("南通市崇川区教育体育局", "如东县文化广电和旅游局");
            assertThat(workbook.findSheet("逐项说明")).isPresent();
            List<Row> commended = workbook.findSheet("激励表扬").orElseThrow().read(); // Art 33.1
            assertThat(commended.get(1).getCellText(2) + "，" + commended.get(1).getCellText(1)).isEqualTo("王敏，南通市崇川区教育体育局");
        }

        for (String format : List.of("PDF", "DOCX")) {
            Map<String, Object> notice = run(TestTokens.cityAdmin(),
                    Map.of("kind", "ASSESSMENT_NOTICE", "year", 2025, "format", format, "documentNumber", "通政办〔2026〕3号"));
            assertThat(notice).containsEntry("fileName", "2025年度政务新媒体考核结果通报." + format.toLowerCase());
            String text = "PDF".equals(format) ? DocumentText.pdf(file(TestTokens.cityAdmin(), notice.get("id"), "application/pdf"))
                    : DocumentText.docx(file(TestTokens.cityAdmin(), notice.get("id"), OfficialDocuments.DOCX_CONTENT_TYPE));
            assertThat(text.replaceAll("\\s+", "")).containsSubsequence("南通市人民政府办公室文件", "通政办〔2026〕3号",
                    "关于2025年度全市政务新媒体考核结果的通报", "各县（市、区）人民政府，市各有关部门：", "南通市崇川区教育体育局", "王敏",
                    "南通市人民政府办公室", "印发");
            assertThat(DocumentText.latinOutside(text)).as(format).isEmpty();
        }

        start(TestTokens.cityAdmin(), Map.of("kind", "ASSESSMENT_NOTICE", "year", 2025)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("format");
        start(TestTokens.cityAdmin(), Map.of("kind", "ASSESSMENT_NOTICE", "year", 2018, "format", "PDF")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("year");
        start(TestTokens.cityAdmin(), Map.of("kind", "SPOT_CHECK_NOTICE", "spotCheckId", 999999, "format", "PDF")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("spotCheckId");
    }

    @Test
    @DisplayName("A job whose instance stopped (no progress for 10 minutes) is reported FAILED, not RUNNING for ever")
    void stalledJobIsReportedFailed() {
        Object id = Fixture.text("insert into supervision_jobs (kind, parameters, status, progress, created_by, updated_at) values "
                + "('ASSESSMENT_NOTICE', '{}', 'RUNNING', 20, 'city-admin', now() - interval '11 minutes') returning id");
        assertThat(job(TestTokens.cityAdmin(), id)).containsEntry("status", "FAILED").containsEntry("errorCode", "INTERRUPTED");
        web.get().uri("/api/v1/supervision/jobs").headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[0].id").isEqualTo(Integer.parseInt(id.toString()));
    }
}
