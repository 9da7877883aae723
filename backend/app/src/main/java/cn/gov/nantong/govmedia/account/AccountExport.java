package cn.gov.nantong.govmedia.account;

import cn.gov.nantong.govmedia.common.document.CodeLabels;
import cn.gov.nantong.govmedia.common.document.Workbooks;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The account list as an .xlsx workbook, with Chinese headers, for offline work and reporting. */
final class AccountExport {

    static final int MAX_ROWS = 100_000;

    private static final List<String> HEADERS = List.of("编号", "平台", "账号名称", "平台账号标识", "主办单位", "认证主体", "运维方式", "运维单位",
            "责任人", "联系电话", "功能", "许可证编号", "支持IPv6", "状态", "状态变更日期", "开通日期", "关停/注销日期");

    private AccountExport() {
    }

    static byte[] write(List<AccountResponse> accounts) {
        List<List<?>> rows = accounts.stream().<List<?>>map(a -> Arrays.asList(a.id(), CodeLabels.platform(a.platform().name()), a.name(),
                a.platformAccountId(), a.hostOrganizationName(), a.certificationSubject(),
                a.operatorType() == OperatorType.IN_HOUSE ? "自行运维" : "委托运维", a.operatorName(), a.responsiblePerson(),
                a.responsiblePhone(), a.functions().stream().map(f -> CodeLabels.accountFunction(f.name())).collect(Collectors.joining("、")), a.licenceNumber(),
                a.ipv6Supported() == null ? "" : a.ipv6Supported() ? "是" : "否", CodeLabels.accountStatus(a.status().name()),
                text(a.statusChangedOn()), text(a.activatedOn()), text(a.endedOn()))).toList();
        return Workbooks.xlsx(List.of(new Workbooks.Sheet("政务新媒体账号", HEADERS, rows)));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
