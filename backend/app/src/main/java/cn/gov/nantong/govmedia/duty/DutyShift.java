package cn.gov.nantong.govmedia.duty;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "值班班次 / one shift of an organization's duty roster (Art 29.2)")
record DutyShift(
        @Schema(example = "1") long id,
        @Schema(example = "19") long organizationId,
        @Schema(example = "南通市崇川区教育体育局") String organizationName,
        @Schema(example = "2026-10-01T08:30:00+08:00") OffsetDateTime startsAt,
        @Schema(example = "2026-10-02T08:30:00+08:00") OffsetDateTime endsAt,
        @Schema(example = "王敏") String personOnDuty,
        @Schema(example = "13812345678") String phone,
        @Schema(example = "李强") @Nullable String backupPerson,
        @Schema(example = "13912345678") @Nullable String backupPhone,
        @Schema(description = "交接班记录", example = "夜间无舆情，后台留言 3 条已转办") @Nullable String handoverNote,
        @Schema(example = "cc-operator") String createdBy,
        @Schema(example = "0") long version) {
}
