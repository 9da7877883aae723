package cn.gov.nantong.govmedia.account;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The account list as an .xlsx workbook, with Chinese headers, for offline work and reporting. */
final class AccountExport {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int MAX_ROWS = 100_000;

    private static final String[] HEADERS = {"编号", "平台", "账号名称", "平台账号ID", "主办单位", "认证主体", "运维方式", "运维单位",
            "责任人", "联系电话", "功能", "许可证编号", "支持IPv6", "状态", "状态变更日期", "开通日期", "关停/注销日期"};

    private AccountExport() {
    }

    static byte[] write(List<AccountResponse> accounts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "GovMedia", "1.0");
            Worksheet sheet = workbook.newWorksheet("政务新媒体账号");
            for (int c = 0; c < HEADERS.length; c++) {
                sheet.value(0, c, HEADERS[c]);
                sheet.style(0, c).bold().fillColor("D9E1F2").set();
            }
            int r = 1;
            for (AccountResponse a : accounts) {
                Object[] values = {a.id(), a.platform().name(), a.name(), a.platformAccountId(), a.hostOrganizationName(),
                        a.certificationSubject(), a.operatorType() == OperatorType.IN_HOUSE ? "自行运维" : "委托运维",
                        a.operatorName(), a.responsiblePerson(), a.responsiblePhone(),
                        a.functions().stream().map(Enum::name).collect(Collectors.joining(",")), a.licenceNumber(),
                        a.ipv6Supported() == null ? "" : a.ipv6Supported() ? "是" : "否", a.status().name(),
                        a.statusChangedOn(), a.activatedOn(), a.endedOn()};
                for (int c = 0; c < values.length; c++) {
                    Object value = values[c];
                    if (value instanceof Number number) {
                        sheet.value(r, c, number);
                    } else if (value != null) {
                        sheet.value(r, c, value.toString());
                    }
                }
                r++;
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
