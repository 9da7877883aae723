package cn.gov.nantong.govmedia.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "近期动态：本辖区人员的一次操作（不含变更内容） / one change made by someone of the caller's subtree, without its content")
public record RecentActivity(
        @Schema(example = "42") long id,
        OffsetDateTime occurredAt,
        @Schema(example = "cc-operator") String actor,
        @Schema(example = "崇川区教体局运维员") @Nullable String actorName,
        @Schema(example = "南通市崇川区教育体育局") @Nullable String organizationName,
        @Schema(example = "SUBMIT") String action,
        @Schema(example = "review_ticket") String entityType,
        @Schema(example = "19") String entityId) {
}
