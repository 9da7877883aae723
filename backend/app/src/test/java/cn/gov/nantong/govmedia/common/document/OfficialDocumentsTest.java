package cn.gov.nantong.govmedia.common.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.common.document.OfficialDocument.Heading;
import cn.gov.nantong.govmedia.common.document.OfficialDocument.Paragraph;
import cn.gov.nantong.govmedia.common.document.OfficialDocument.Table;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficialDocumentsTest {

    private static final OfficialDocuments DOCUMENTS = OfficialDocumentsTestSupport.DOCUMENTS;

    private static final OfficialDocument NOTICE = new OfficialDocument("南通市人民政府办公室文件", "通政办〔2026〕12号", "关于某事项的通报",
            "各县（市、区）人民政府，市各有关部门：", List.of(new Paragraph("现将有关情况通报如下。"), new Heading("一、基本情况"),
                    Table.of(List.of("单位", "得分"), List.of(List.of("南通市崇川区教育体育局", 95), List.of("南通市卫生健康委员会", 88))),
                    new Paragraph("见官网 https://www.nantong.gov.cn/ 。")),
            "南通市人民政府办公室", LocalDate.of(2026, 12, 5), "南通市人民政府办公室");

    @Test
    void theHtmlHasEveryPartOfTheLayoutInOrder() {
        String html = DOCUMENTS.html(NOTICE);
        assertThat(html).containsSubsequence("南通市人民政府办公室文件", "通政办〔2026〕12号", "关于某事项的通报", "各县（市、区）人民政府，市各有关部门：",
                "现将有关情况通报如下。", "一、基本情况", "<th>单位</th>", "<td>南通市崇川区教育体育局</td>", "<td>95</td>",
                "南通市人民政府办公室", "2026年12月5日", "南通市人民政府办公室　　2026年12月5日印发");
    }

    @Test
    void thePdfCarriesTheTextAndNoLatinLettersButTheUrl() {
        String text = DocumentText.pdf(DOCUMENTS.pdf(NOTICE)).replaceAll("\\s+", "");
        assertThat(text).containsSubsequence("南通市人民政府办公室文件", "通政办〔2026〕12号", "关于某事项的通报", "各县（市、区）人民政府",
                "一、基本情况", "南通市崇川区教育体育局", "95", "2026年12月5日", "2026年12月5日印发");
        assertThat(DocumentText.latinOutside(DocumentText.pdf(DOCUMENTS.pdf(NOTICE)))).isEmpty();
    }

    @Test
    void theDocxIsEditableWordWithTheSameText() {
        String text = DocumentText.docx(DOCUMENTS.docx(NOTICE));
        assertThat(text).containsSubsequence("南通市人民政府办公室文件", "通政办〔2026〕12号", "关于某事项的通报", "各县（市、区）人民政府，市各有关部门：",
                "现将有关情况通报如下。", "一、基本情况", "单位", "得分", "南通市崇川区教育体育局", "95", "南通市卫生健康委员会", "88",
                "南通市人民政府办公室", "2026年12月5日", "2026年12月5日印发");
        assertThat(text).doesNotContain("{{");
        assertThat(DocumentText.latinOutside(text)).isEmpty();
    }

    @Test
    void aMissingNumberLeavesTheSequenceToFillIn() {
        OfficialDocument letter = new OfficialDocument("南通市崇川区教育体育局", null, "关于关停假冒政务新媒体账号的函", "微博平台运营方：",
                List.of(new Paragraph("特此函告。")), "南通市崇川区教育体育局", LocalDate.of(2026, 12, 5), null);
        assertThat(DOCUMENTS.html(letter)).contains("〔2026〕　号").doesNotContain("印发");
        assertThat(DocumentText.docx(DOCUMENTS.docx(letter))).contains("〔2026〕　号").doesNotContain("印发");
    }
}
