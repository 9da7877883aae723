package cn.gov.nantong.govmedia.assessment;

import cn.gov.nantong.govmedia.assessment.AssessmentViews.Result;
import cn.gov.nantong.govmedia.common.document.OfficialDocument;
import cn.gov.nantong.govmedia.common.document.OfficialDocument.Block;
import cn.gov.nantong.govmedia.common.document.OfficialDocument.Heading;
import cn.gov.nantong.govmedia.common.document.OfficialDocument.Paragraph;
import cn.gov.nantong.govmedia.common.document.OfficialDocument.Table;
import cn.gov.nantong.govmedia.common.document.Workbooks.Sheet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The annual assessment notice (Art 32): the ranking, the vetoed organizations and each score explained item by item. */
public final class AssessmentNotice {

    private static final List<String> RANKING_HEADER = List.of("名次", "单位", "得分", "满分", "一票否决");
    private static final List<String> ITEM_HEADER = List.of("单位", "考核项", "类型", "次数", "得分", "满分", "说明");
    private static final List<String> COMMENDATION_HEADER = List.of("类别", "单位", "个人", "表彰事由", "决定日期");

    private AssessmentNotice() {
    }

    public static String title(int year) {
        return "关于" + year + "年度全市政务新媒体考核结果的通报";
    }

    public static String fileName(int year, String extension) {
        return year + "年度政务新媒体考核结果通报." + extension;
    }

    /** The notice issued by {@code issuer} (the city government's office) on {@code date}. */
    public static OfficialDocument document(int year, List<Result> results, List<Commendation> commendations, String issuer,
                                            LocalDate date, @Nullable String number) {
        long vetoed = results.stream().filter(Result::vetoed).count();
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph(("根据《南通市政务新媒体管理办法（试行）》第三十二条，市政府办公室依据日常监测、季度抽查、省级检查和处理措施情况，"
                + "对%d个开办单位的%d年度政务新媒体工作进行了考核。其中%d个单位触及否决项，年度得分为零。现将考核结果通报如下。")
                .formatted(results.size(), year, vetoed)));
        body.add(new Heading("一、考核结果"));
        body.add(Table.of(RANKING_HEADER, rankingRows(results)));
        body.add(new Heading("二、逐项说明"));
        body.add(Table.of(ITEM_HEADER, itemRows(results)));
        body.add(new Heading("三、激励表扬"));
        if (commendations.isEmpty()) {
            body.add(new Paragraph("本年度无表彰记录。"));
        } else {
            body.add(new Paragraph("根据《办法》第三十三条，对政务新媒体工作成效好的以下单位和个人予以表扬："));
            body.add(Table.of(COMMENDATION_HEADER, commendationRows(commendations)));
        }
        body.add(new Paragraph("请各地各部门对照考核结果查找不足，切实加强政务新媒体建设和管理。"));
        return new OfficialDocument(issuer + "文件", number, title(year), "各县（市、区）人民政府，市各有关部门：", body, issuer, date, issuer);
    }

    public static List<Sheet> sheets(List<Result> results, List<Commendation> commendations) {
        return List.of(new Sheet("考核结果", RANKING_HEADER, rankingRows(results)), new Sheet("逐项说明", ITEM_HEADER, itemRows(results)),
                new Sheet("激励表扬", COMMENDATION_HEADER, commendationRows(commendations)));
    }

    private static List<List<?>> commendationRows(List<Commendation> commendations) {
        return commendations.stream().<List<?>>map(c -> List.of(c.kind() == CommendationKind.UNIT ? "单位" : "个人", c.organizationName(),
                c.personName() == null ? "—" : c.personName(), c.reason(), c.decidedOn().toString())).toList();
    }

    private static List<List<?>> rankingRows(List<Result> results) {
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            rows.add(List.of(i + 1, r.organizationName(), r.score(), r.maxScore(), r.vetoed() ? "是" : "否"));
        }
        return rows;
    }

    private static List<List<?>> itemRows(List<Result> results) {
        return results.stream().flatMap(r -> r.items().stream().<List<?>>map(item -> List.of(r.organizationName(), item.name(),
                "VETO".equals(item.kind()) ? "否决项" : "计分项", item.occurrences(), item.points(), item.maxPoints(), item.explanation())))
                .toList();
    }
}
