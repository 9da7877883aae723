package cn.gov.nantong.govmedia.spotcheck;

import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "抽查检查项 / a checklist item: a national veto category or a local scored item")
record ChecklistItem(
        @Schema(example = "3") long id,
        @Schema(example = "NO_UPDATE_TWO_WEEKS") String code,
        @Schema(example = "检查时点前2周内无更新") String name,
        @Schema(description = "VETO fails the account outright; SCORED deducts its points", example = "VETO") ChecklistItemKind kind,
        @Schema(description = "Points deducted (SCORED)", example = "0") int points,
        @Schema(example = "国办秘函〔2019〕19号") @Nullable String article,
        @Schema(example = "true") boolean active,
        @Schema(example = "3") int sortOrder,
        @Schema(example = "0") long version) {

    static final RecordRows<ChecklistItem> ROWS = RecordRows.of(ChecklistItem.class);

    boolean veto() {
        return kind == ChecklistItemKind.VETO;
    }
}
