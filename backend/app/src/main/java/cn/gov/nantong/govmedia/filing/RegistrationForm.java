package cn.gov.nantong.govmedia.filing;

import cn.gov.nantong.govmedia.account.AccountResponse;
import cn.gov.nantong.govmedia.common.document.CodeLabels;
import cn.gov.nantong.govmedia.common.document.NoticeHtml;
import cn.gov.nantong.govmedia.common.document.PdfRenderer;
import cn.gov.nantong.govmedia.common.document.Workbooks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * 《政务新媒体备案登记表》 (Art 15.3): what the host submits to its competent authority, one line per item, as PDF or as
 * Excel. Rendering blocks: call it on a worker thread.
 */
@Component
class RegistrationForm {

    static final String TITLE = "政务新媒体备案登记表";
    private static final Map<String, String> TYPES = Map.of("OPEN", "开设", "CHANGE", "变更", "CLOSE", "关停", "CANCEL", "注销");
    private static final Map<String, String> STATUSES = Map.of("SUBMITTED", "待审核", "APPROVED", "已通过", "RETURNED", "已退回");
    private static final Map<String, String> BASES = Map.of("COLLECTIVE_DECISION", "集体研究决定", "PRINCIPAL_LEADER_APPROVAL",
            "主要领导同意", "ORDERED_BY_AUTHORITY", "主管单位责令关闭");

    private final PdfRenderer pdf;

    RegistrationForm(PdfRenderer pdf) {
        this.pdf = pdf;
    }

    byte[] pdf(FilingResponse filing, AccountResponse account) {
        String body = NoticeHtml.table(List.of("项目", "内容"), lines(filing, account));
        return pdf.render(NoticeHtml.page(TITLE, body, filing.hostOrganizationName(), filing.receivedOn()));
    }

    byte[] xlsx(FilingResponse filing, AccountResponse account) {
        return Workbooks.xlsx(List.of(new Workbooks.Sheet(TITLE, List.of("项目", "内容"), lines(filing, account))));
    }

    static List<List<?>> lines(FilingResponse f, AccountResponse a) {
        List<List<?>> lines = new ArrayList<>();
        add(lines, "备案类型", TYPES.get(f.type().name()) + (f.legacy() ? "（存量账号补办，第三十五条）" : ""));
        add(lines, "账号名称", a.name());
        add(lines, "平台", CodeLabels.platform(a.platform().name()));
        add(lines, "平台账号标识", a.platformAccountId());
        add(lines, "认证主体", a.certificationSubject());
        add(lines, "主办单位", f.hostOrganizationName());
        add(lines, "主管单位", f.authorityOrganizationName());
        add(lines, "运维方式", a.operatorType().name().equals("IN_HOUSE") ? "自行运维" : "委托运维");
        add(lines, "运维单位", a.operatorName());
        add(lines, "委托合同签订日期", a.contractSignedOn());
        add(lines, "保密协议签订日期", a.confidentialitySignedOn());
        add(lines, "责任人", a.responsiblePerson());
        add(lines, "责任人电话", a.responsiblePhone());
        add(lines, "主要功能", a.functions().stream().map(fn -> CodeLabels.accountFunction(fn.name()))
                .collect(Collectors.joining("、")));
        add(lines, "新闻信息或视听节目许可证", a.licenceNumber());
        add(lines, "存量账号发现日期", f.legacyFoundOn());
        add(lines, "主办单位补备案期限", f.hostDeadline());
        if (f.basisType() != null) {
            add(lines, "关停、注销依据", BASES.get(f.basisType().name()) + " " + f.basisDocumentNumber() + "（" + f.basisDecidedOn() + "）");
            add(lines, "公告期", f.announcementStartsOn() + " 至 " + f.announcementEndsOn());
        }
        add(lines, "提交人", f.submittedBy());
        add(lines, "主管单位收到日期", f.receivedOn());
        add(lines, "省级备案期限", f.provincialDeadline());
        add(lines, "审核状态", STATUSES.get(f.status().name()));
        add(lines, "审核人", f.decidedBy());
        add(lines, "省级备案回执号", f.receiptNumber());
        return lines;
    }

    private static void add(List<List<?>> lines, String item, @Nullable Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            lines.add(Arrays.asList(item, value instanceof LocalDate date ? date.toString() : value.toString()));
        }
    }
}
