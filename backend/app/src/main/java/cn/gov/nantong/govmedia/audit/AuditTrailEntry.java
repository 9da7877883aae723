package cn.gov.nantong.govmedia.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

@Schema(description = "变更历史的一条 / one entry of an object's history")
public record AuditTrailEntry(
        OffsetDateTime occurredAt,
        @Schema(example = "cc-supervisor") String actor,
        @Schema(example = "[\"SUPERVISOR\"]") List<String> actorRoles,
        @Schema(example = "ACTIVATE") String action,
        @Schema(description = "State before (JSON)", implementation = Object.class) @Nullable JsonNode before,
        @Schema(description = "State after (JSON)", implementation = Object.class) @Nullable JsonNode after) {
}
