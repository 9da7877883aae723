package cn.gov.nantong.govmedia.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

@Schema(description = "审计事件 / one audit event")
record AuditEventResponse(
        @Schema(example = "42") long id,
        OffsetDateTime occurredAt,
        @Schema(example = "city-admin") String actor,
        @Schema(description = "The actor's display name; absent for the public and the system", example = "陈管理")
        @Nullable String actorName,
        @Schema(example = "[\"CITY_ADMIN\"]") List<String> actorRoles,
        @Schema(example = "NT-GOV-OFFICE") @Nullable String organizationCode,
        @Schema(example = "南通市人民政府办公室") @Nullable String organizationName,
        @Schema(example = "UPDATE") String action,
        @Schema(example = "organization") String entityType,
        @Schema(example = "19") String entityId,
        @Schema(description = "State before the change (JSON)", implementation = Object.class) @Nullable JsonNode before,
        @Schema(description = "State after the change (JSON)", implementation = Object.class) @Nullable JsonNode after,
        @Schema(example = "5f2c9a7e0c1b4d2e") @Nullable String requestId,
        @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") @Nullable String prevHash,
        @Schema(example = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae") String hash) {
}
