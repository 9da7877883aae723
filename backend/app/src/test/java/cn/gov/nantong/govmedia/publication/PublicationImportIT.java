package cn.gov.nantong.govmedia.publication;

import cn.gov.nantong.govmedia.common.document.Workbooks;
import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Art 19: content published outside the system is recorded, one by one or by a CSV import that is all or nothing. */
@IntegrationTest
class PublicationImportIT {

    private static long accountId;
    private static long otherAccountId;

    @Autowired
    WebTestClient web;

    @BeforeAll
    static void account() {
        accountId = Fixture.account("崇川教育", "CC-EDU", "WECHAT_OFFICIAL", LocalDate.now(), "ACTIVE");
        otherAccountId = Fixture.account("崇川教育", "CC-EDU", "WEIBO", LocalDate.now(), "ACTIVE");
    }

    private WebTestClient.ResponseSpec importCsv(String token, String csv) {
        return web.post().uri("/api/v1/publications/import").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8")).bodyValue(csv).exchange();
    }

    @Test
    @Tag("19.5")
    void art19ABadFileIsRefusedRowByRowAndNothingIsStored() {
        String csv = """
                账号ID,发布时间,类型,标题,链接,来源
                %1$d,2026-11-20 09:30,原创,运动会开幕,https://mp.weixin.qq.com/s/a1,
                %1$d,2026-13-01 09:30,原创,日期错误,https://mp.weixin.qq.com/s/a2,
                %1$d,2026-11-21 10:00,转载,缺来源,https://mp.weixin.qq.com/s/a3,
                999999,2026-11-21 10:00,原创,"标题,含逗号",ftp://wrong,
                """.formatted(accountId);
        importCsv(TestTokens.ccOperator(), csv).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(4)
                .jsonPath("$.errors[0].message").isEqualTo("第 3 行“发布时间”：时间格式应为 2026-11-27 09:30")
                .jsonPath("$.errors[1].message").isEqualTo("第 4 行“来源”：转载须注明来源（《办法》第二十一条）")
                .jsonPath("$.errors[2].field").isEqualTo("第5行·账号ID")
                .jsonPath("$.errors[3].field").isEqualTo("第5行·链接");
        web.get().uri("/api/v1/publications").headers(h -> h.setBearerAuth(TestTokens.ccOperator())).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(0);
        importCsv(TestTokens.ccOperator(), "id,time\n1,2").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("第1行·表头");
    }

    @Test
    @Tag("19.5")
    void art19AGoodFileIsImportedAndRepeatsAreSkipped() {
        String csv = "\uFEFF账号ID,发布时间,类型,标题,链接,来源\r\n"
                + accountId + ",2026-11-20 09:30,原创,运动会开幕,https://mp.weixin.qq.com/s/b1,\r\n"
                + accountId + ",2026-11-21T10:00:00+08:00,转载,\"新华社：教育新闻\",https://mp.weixin.qq.com/s/b2,新华社\r\n";
        importCsv(TestTokens.ccOperator(), csv).expectStatus().isOk().expectBody()
                .jsonPath("$.rows").isEqualTo(2).jsonPath("$.imported").isEqualTo(2).jsonPath("$.duplicates").isEqualTo(0);
        importCsv(TestTokens.ccOperator(), csv).expectStatus().isOk().expectBody()
                .jsonPath("$.imported").isEqualTo(0).jsonPath("$.duplicates").isEqualTo(2);
        web.get().uri("/api/v1/publications?accountId={id}", accountId).headers(h -> h.setBearerAuth(TestTokens.ccSupervisor()))
                .exchange().expectBody().jsonPath("$.totalItems").isEqualTo(2)
                .jsonPath("$.items[0].title").isEqualTo("新华社：教育新闻");
        importCsv(TestTokens.rdOperator(), csv).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("第2行·账号ID");
        importCsv(TestTokens.auditor(), csv).expectStatus().isForbidden();
    }

    @Test
    @Tag("21.1")
    void art21ASingleRecordNeedsASourceWhenReposted() {
        Map<String, Object> repost = Map.of("accountId", otherAccountId, "publishedAt", "2026-11-22T08:00:00+08:00", "origin", "REPOST",
                "title", "转载", "url", "https://mp.weixin.qq.com/s/c1");
        web.post().uri("/api/v1/publications").headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(repost).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("sourceName");
        Map<String, Object> original = Map.of("accountId", otherAccountId, "publishedAt", "2026-11-22T08:00:00+08:00", "origin", "ORIGINAL",
                "title", "原创", "url", "https://mp.weixin.qq.com/s/c2");
        web.post().uri("/api/v1/publications").headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(original).exchange()
                .expectStatus().isCreated().expectBody().jsonPath("$.accountName").isEqualTo("崇川教育");
        web.post().uri("/api/v1/publications").headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(original).exchange()
                .expectStatus().isEqualTo(409);
    }

    @Test
    void art19AnExcelWorkbookIsImportedLikeACsvFileAndAnUnreadableOneIsRefused() throws Exception {
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(file, "test", "1.0");
        org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("发布记录");
        List<String> header = PublicationImport.HEADER;
        for (int column = 0; column < header.size(); column++) {
            sheet.value(0, column, header.get(column));
        }
        sheet.value(1, 0, otherAccountId);
        sheet.value(1, 1, java.time.LocalDateTime.of(2026, 11, 23, 9, 30));
        sheet.style(1, 1).format("yyyy-mm-dd hh:mm").set();
        sheet.value(1, 2, "原创");
        sheet.value(1, 3, "Excel 导入的通知");
        sheet.value(1, 4, "https://weibo.com/ccedu/x1");
        workbook.finish();
        MediaType xlsx = MediaType.parseMediaType(Workbooks.CONTENT_TYPE);
        web.post().uri("/api/v1/publications/import").headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(xlsx).bodyValue(file.toByteArray()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.imported").isEqualTo(1);
        web.get().uri("/api/v1/publications?accountId={id}", otherAccountId).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .exchange().expectBody().jsonPath("$.items[?(@.url == 'https://weibo.com/ccedu/x1')].title").isEqualTo("Excel 导入的通知");
        web.post().uri("/api/v1/publications/import").headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(xlsx).bodyValue("not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8)).exchange()
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("UNREADABLE_WORKBOOK");
    }
}
