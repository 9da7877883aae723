package cn.gov.nantong.govmedia.filing.closure;

import cn.gov.nantong.govmedia.account.Platform;
import cn.gov.nantong.govmedia.filing.BasisType;
import cn.gov.nantong.govmedia.filing.FilingType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

@Schema(description = "关停公告 / the public announcement of an account's closure or cancellation (Art 16)")
record ClosureAnnouncement(
        @Schema(description = "The filing", example = "42") long id,
        @Schema(example = "CLOSE") FilingType type,
        @Schema(example = "崇川教育") String accountName,
        @Schema(example = "WEIBO") Platform platform,
        @Schema(example = "南通市崇川区教育体育局") String hostOrganizationName,
        @Schema(example = "COLLECTIVE_DECISION") BasisType basisType,
        @Schema(example = "崇教体〔2026〕12号") String basisDocumentNumber,
        @Schema(example = "2026-12-07") LocalDate announcementStartsOn,
        @Schema(description = "The account closes after this day", example = "2026-12-28") LocalDate announcementEndsOn) {
}
