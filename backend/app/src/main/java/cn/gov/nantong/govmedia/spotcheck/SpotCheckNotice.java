package cn.gov.nantong.govmedia.spotcheck;

import static cn.gov.nantong.govmedia.common.document.CodeLabels.platform;
import static cn.gov.nantong.govmedia.common.document.NoticeHtml.quarter;

import cn.gov.nantong.govmedia.common.document.OfficialDocument;
import cn.gov.nantong.govmedia.common.document.OfficialDocument.Block;
import cn.gov.nantong.govmedia.common.document.OfficialDocument.Heading;
import cn.gov.nantong.govmedia.common.document.OfficialDocument.Paragraph;
import cn.gov.nantong.govmedia.common.document.OfficialDocument.Table;
import cn.gov.nantong.govmedia.common.document.Workbooks.Sheet;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.Finding;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.SampledAccount;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.SpotCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The quarterly spot-check notice (Art 32): the sample with each account's result, and the findings to rectify. */
public final class SpotCheckNotice {

    private static final List<String> SAMPLE_HEADER = List.of("序号", "账号名称", "平台", "开办主体", "所属地区", "问题数", "结果");
    private static final List<String> FINDING_HEADER = List.of("账号名称", "开办主体", "检查项", "否决项", "问题描述", "整改期限");

    private SpotCheckNotice() {
    }

    public static String title(SpotCheck check) {
        return "关于" + quarter(check.quarter()) + area(check) + "政务新媒体抽查情况的通报";
    }

    /** 全市, or the county's name for its own check (Art 32.2). */
    private static String area(SpotCheck check) {
        return check.cityWide() ? "全市" : check.organizationName();
    }

    /** The issuer of a county's own notice is its government's office. */
    public static String issuer(SpotCheck check, String cityIssuer) {
        return check.cityWide() ? cityIssuer : check.organizationName() + "办公室";
    }

    public static String fileName(SpotCheck check, String extension) {
        return quarter(check.quarter()) + "抽查情况通报." + extension;
    }

    /** The notice issued by {@code issuer} on {@code date}: the city's, or a county's for its own check. */
    public static OfficialDocument document(SpotCheck check, List<Finding> findings, String issuer, LocalDate date, @Nullable String number) {
        long failed = check.accounts().stream().filter(a -> "FAIL".equals(a.result())).count();
        String summary = "CLOSED".equals(check.status())
                ? "抽查结果：合格%d个，不合格%d个。".formatted(check.accounts().size() - failed, failed)
                : "抽查尚未结束，以下结果为阶段性情况，最终结果以抽查结束后的通报为准。";
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph("根据《南通市政务新媒体管理办法（试行）》第三十二条，%s对%s%s政务新媒体开展了抽查。"
                .formatted(check.cityWide() ? "市政府办公室" : check.organizationName() + "办公室", quarter(check.quarter()), area(check))
                + "本次从%d个正常运行的账号中，按%s分层随机抽取%d个（抽样比例不低于百分之%d，随机种子%d，可复现）。"
                .formatted(check.population(), check.cityWide() ? "县（市、区）" : "直属单位", check.accounts().size(),
                        check.samplePercent(), check.seed()) + summary));
        body.add(new Heading("一、抽查结果"));
        body.add(Table.of(SAMPLE_HEADER, sampleRows(check)));
        body.add(new Heading("二、发现的问题"));
        body.add(findings.isEmpty() ? new Paragraph("本次抽查未发现问题。") : Table.of(FINDING_HEADER, findingRows(check, findings)));
        body.add(new Paragraph("请相关单位在整改期限内完成整改，并通过平台“整改”模块报送整改情况。"));
        return new OfficialDocument(issuer + "文件", number, title(check), check.cityWide() ? "各县（市、区）人民政府，市各有关部门：" : "各有关单位：",
                body, issuer, date, issuer);
    }

    public static List<Sheet> sheets(SpotCheck check, List<Finding> findings) {
        return List.of(new Sheet("抽查结果", SAMPLE_HEADER, sampleRows(check)),
                new Sheet("问题清单", FINDING_HEADER, findingRows(check, findings)));
    }

    private static List<List<?>> sampleRows(SpotCheck check) {
        return check.accounts().stream().<List<?>>map(a -> List.of(a.position() + 1, a.accountName(), platform(a.platform()),
                a.hostOrganizationName(), a.stratumName(), a.findings(), result(a.result()))).toList();
    }

    private static List<List<?>> findingRows(SpotCheck check, List<Finding> findings) {
        Map<Long, SampledAccount> accounts = check.accounts().stream().collect(Collectors.toMap(SampledAccount::accountId, Function.identity()));
        return findings.stream().<List<?>>map(f -> {
            SampledAccount account = accounts.get(f.accountId());
            return List.of(account.accountName(), account.hostOrganizationName(), f.itemName(), f.veto() ? "是" : "否", f.description(),
                    f.rectificationDeadline().toString());
        }).toList();
    }

    private static String result(String result) {
        return result == null ? "待定" : "PASS".equals(result) ? "合格" : "不合格";
    }
}
