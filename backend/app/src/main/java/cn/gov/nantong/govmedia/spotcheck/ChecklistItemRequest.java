package cn.gov.nantong.govmedia.spotcheck;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Schema(description = "新增或修改检查项 / create or change a checklist item")
record ChecklistItemRequest(
        @Schema(example = "RUMOUR_REBUTTAL") @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*") String code,
        @Schema(example = "辟谣信息未按规定审核发布") @NotBlank @Size(max = 200) String name,
        @Schema(example = "SCORED") @NotNull ChecklistItemKind kind,
        @Schema(example = "5") @PositiveOrZero @Max(100) int points,
        @Schema(example = "Art 23") @Size(max = 40) @Nullable String article,
        @Schema(example = "true") boolean active,
        @Schema(example = "20") int sortOrder,
        @Schema(description = "PUT: the version read, to refuse a stale change", example = "0") @Nullable Long version) {
}
