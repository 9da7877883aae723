package cn.gov.nantong.govmedia.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.Organizations;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Art 24.3: what the public sees of the interaction: published submissions and replies, personal data masked. */
@IntegrationTest
class PublicMessagesIT {

    @Autowired
    WebTestClient web;

    @Test
    @DisplayName("Art 24.3: published messages and their replies are public with personal data masked; hidden and pending ones are not")
    @Tag("24.3")
    @Tag("28.2")
    void art24_3PublishedMessagesAndRepliesWithPersonalDataMasked() {
        long account = Fixture.account("崇川教育公开", "CC-EDU", "WECHAT_OFFICIAL", LocalDate.of(2025, 1, 1), "ACTIVE");
        long published = Fixture.submission(account, "PUBLISHED", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27),
                "2026-11-21T10:00:00+08:00");
        Fixture.exec("update complaints set title = '转学咨询', content = '我是王小明，电话 13812345678，孩子如何转学？', "
                + "contact_name = '王小明', reply = '王小明您好，请携带户口簿办理。' where id = " + published);
        long hidden = Fixture.submission(account, "HIDDEN", LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 28), null);
        Fixture.exec("update complaints set title = '不宜公开' where id = " + hidden);
        long pending = Fixture.submission(account, "PENDING", LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 29), null);
        Fixture.exec("update complaints set title = '尚未审看' where id = " + pending);

        String body = new String(web.get().uri("/api/public/v1/messages?organizationId={id}", Organizations.idOf("CC-EDU"))
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBodyContent(), StandardCharsets.UTF_8);
        assertThat(body).contains("转学咨询", "请携带户口簿办理", "南通市崇川区教育体育局", "崇川教育公开")
                .doesNotContain("13812345678", "王小明", "不宜公开", "尚未审看", "trackingNumber");
        web.get().uri("/api/public/v1/messages?organizationId={id}", Organizations.idOf("RD-CULTURE")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(0);
    }
}
