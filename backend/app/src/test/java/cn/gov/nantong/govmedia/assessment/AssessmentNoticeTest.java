package cn.gov.nantong.govmedia.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class AssessmentNoticeTest {

    @Test
    @DisplayName("Art 33.1: the assessment notice names the commended units and people, or says there were none")
    @Tag("33.1")
    void art33_1NoticeListsCommendations() {
        Commendation person = new Commendation(1, 2025, CommendationKind.PERSON, 19, "南通市崇川区教育体育局", "王敏",
                "全年原创发布 312 篇", LocalDate.of(2026, 1, 15), "city-admin", OffsetDateTime.now(), 0);
        String html = AssessmentNotice.html(2025, List.of(), List.of(person), "南通市人民政府办公室", LocalDate.of(2026, 1, 20));
        assertThat(html).contains("三、激励表扬", "第三十三条", "王敏", "南通市崇川区教育体育局", "全年原创发布 312 篇", "2026-01-15");
        assertThat(AssessmentNotice.html(2025, List.of(), List.of(), "南通市人民政府办公室", LocalDate.of(2026, 1, 20)))
                .contains("本年度无表彰记录");
    }
}
