package cn.gov.nantong.govmedia.rumour;

import static cn.gov.nantong.govmedia.rumour.RebuttalFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Art 23: the public list's total is kept by triggers (V60), and it is the number of public rebuttals after every change. */
@IntegrationTest
class PublicRebuttalCountIT extends RebuttalTestBase {

    private static final String COUNTED = """
            select count(*) from rumour_rebuttals r join review_tickets t on t.id = r.ticket_id
             where t.status = 'PUBLISHED' and t.content_version = r.ticket_content_version
               and t.classification in ('IMPORTANT', 'MAJOR')""";

    private long listed() {
        return ((Number) json(fixture.publicGet("/api/public/v1/rumour-rebuttals"), 200).get("totalItems")).longValue();
    }

    /** The total the list answers, after checking that it is the one counted. */
    private long total() {
        long listed = listed();
        assertThat(listed).isEqualTo(Long.parseLong(Fixture.text(COUNTED)));
        return listed;
    }

    @Test
    @Tag("23.3")
    @DisplayName("Art 23: the kept total follows publishing, new content, a lower grade, a new ticket and a deleted rebuttal")
    void art23TheKeptTotalIsTheCountedOneAfterEveryChange() {
        long before = total();
        long id = fixture.published(fixture.body("关于“自来水停供三天”的辟谣", "网传“全市自来水将停供三天”。", "经核实，供水正常。"), "https://mp.weixin.qq.com/s/count1");
        assertThat(total()).isEqualTo(before + 1);
        long draft = ((Number) fixture.create(fixture.body("关于“学校停课”的辟谣", "网传“学校停课”。", "经核实，正常上课。")).get("id")).longValue();
        assertThat(total()).isEqualTo(before + 1);

        String ticket = Fixture.text("select ticket_id from rumour_rebuttals where id = " + id);
        Fixture.exec("update review_tickets set content_version = content_version + 1 where id = " + ticket);
        assertThat(total()).isEqualTo(before);
        Fixture.exec("update review_tickets set content_version = content_version - 1 where id = " + ticket);
        assertThat(total()).isEqualTo(before + 1);
        Fixture.exec("update review_tickets set classification = 'GENERAL' where id = " + ticket);
        assertThat(total()).isEqualTo(before);
        Fixture.exec("update review_tickets set classification = 'MAJOR' where id = " + ticket);
        assertThat(total()).isEqualTo(before + 1);

        Fixture.exec("update rumour_rebuttals set ticket_id = " + ticket + ", ticket_content_version = "
                + "(select content_version from review_tickets where id = " + ticket + ") where id = " + draft);
        assertThat(total()).isEqualTo(before + 2);
        Fixture.exec("update rumour_rebuttals set ticket_content_version = ticket_content_version + 1 where id = " + draft);
        assertThat(total()).isEqualTo(before + 1);
        Fixture.exec("delete from rumour_rebuttals where id = " + id);
        assertThat(total()).isEqualTo(before);
    }
}
