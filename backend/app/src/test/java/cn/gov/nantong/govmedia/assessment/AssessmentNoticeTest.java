package cn.gov.nantong.govmedia.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.assessment.AssessmentViews.ItemScore;
import cn.gov.nantong.govmedia.assessment.AssessmentViews.Result;
import cn.gov.nantong.govmedia.common.document.DocumentText;
import cn.gov.nantong.govmedia.common.document.OfficialDocument;
import cn.gov.nantong.govmedia.common.document.OfficialDocumentsTestSupport;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class AssessmentNoticeTest {

    private static final Commendation PERSON = new Commendation(1, 2025, CommendationKind.PERSON, 19, "南通市崇川区教育体育局", "王敏",
            "全年原创发布312篇", LocalDate.of(2026, 1, 15), "city-admin", OffsetDateTime.now(), 0);
    private static final Result RESULT = new Result(19, "南通市崇川区教育体育局", 2025, 95, 100, false, List.of(
            new ItemScore("WEEKLY_UPDATES", "账号每周更新、每两周原创", "SCORED", 1, 15, 20, "计1次，每次扣5分，共扣5分"),
            new ItemScore("MAJOR_ERROR", "发布严重错误信息", "VETO", 0, 0, 0, "未发现")));

    @Test
    @DisplayName("Art 33.1: the assessment notice names the commended units and people, or says there were none")
    @Tag("33.1")
    void art33_1NoticeListsCommendations() {
        String text = text(AssessmentNotice.document(2025, List.of(), List.of(PERSON), "南通市人民政府办公室", LocalDate.of(2026, 1, 20), null));
        assertThat(text).contains("三、激励表扬", "第三十三条", "王敏", "南通市崇川区教育体育局", "全年原创发布312篇", "2026-01-15");
        assertThat(text(AssessmentNotice.document(2025, List.of(), List.of(), "南通市人民政府办公室", LocalDate.of(2026, 1, 20), null)))
                .contains("本年度无表彰记录");
    }

    @Test
    @DisplayName("Art 32: the assessment notice as PDF and Word, laid out as an official document, has no Latin letters")
    @Tag("32.6")
    void art32_6NoticeIsFitToSendOut() {
        OfficialDocument notice = AssessmentNotice.document(2025, List.of(RESULT), List.of(PERSON), "南通市人民政府办公室",
                LocalDate.of(2026, 1, 20), "通政办〔2026〕3号");
        for (String text : List.of(DocumentText.pdf(OfficialDocumentsTestSupport.DOCUMENTS.pdf(notice)),
                DocumentText.docx(OfficialDocumentsTestSupport.DOCUMENTS.docx(notice)))) {
            assertThat(text.replaceAll("\\s+", "")).containsSubsequence("南通市人民政府办公室文件", "通政办〔2026〕3号",
                    "关于2025年度全市政务新媒体考核结果的通报", "各县（市、区）人民政府，市各有关部门：", "一、考核结果", "南通市崇川区教育体育局",
                    "二、逐项说明", "计1次，每次扣5分，共扣5分", "否决项", "未发现", "三、激励表扬", "王敏", "南通市人民政府办公室", "2026年1月20日",
                    "2026年1月20日印发");
            assertThat(DocumentText.latinOutside(text)).isEmpty();
        }
    }

    private static String text(OfficialDocument document) {
        return OfficialDocumentsTestSupport.DOCUMENTS.html(document);
    }
}
