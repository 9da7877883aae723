package cn.gov.nantong.govmedia.review;

import cn.gov.nantong.govmedia.common.security.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Schema(description = "审核单 / a review ticket")
record TicketResponse(
        @Schema(example = "1") long id,
        @Schema(example = "1") long accountId,
        @Schema(example = "崇川教育") String accountName,
        @Schema(example = "19") long hostOrganizationId,
        @Schema(example = "崇川区中小学秋季运动会开幕") String title,
        String body,
        @Schema(example = "TEXT") BodyFormat bodyFormat,
        @Schema(example = "ORIGINAL") String origin,
        @Nullable String sourceName,
        @Nullable String sourceUrl,
        @Schema(description = "REPOST: the source's title the ticket's title keeps (Art 21)") @Nullable String sourceTitle,
        @Schema(example = "IMPORTANT") Classification classification,
        @Nullable OffsetDateTime plannedAt,
        @Schema(example = "IN_REVIEW") TicketStatus status,
        @Schema(description = "1-based step awaiting a decision while IN_REVIEW, else 0", example = "1") int currentStep,
        @Schema(description = "Roles that may decide the current step", example = "[\"REVIEWER\"]") List<Role> nextStepRoles,
        @Schema(description = "When the current step is the sign-off of GENERAL content and the host designated a signer (Art 17): "
                + "the signer and the deputy, the only users who may decide it; empty otherwise", example = "[\"cc-reviewer\"]")
        List<String> nextStepSigners,
        @Schema(example = "cc-operator") String author,
        @Schema(description = "Number of the latest content version", example = "2") int contentVersion,
        @Nullable String publishedUrl,
        @Nullable OffsetDateTime publishedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(example = "3") long version,
        Confidentiality confidentiality,
        List<Step> decisions) {

    /** The same ticket with its decisions. */
    TicketResponse withSteps(List<Step> steps) {
        return new TicketResponse(id, accountId, accountName, hostOrganizationId, title, body, bodyFormat, origin, sourceName,
                sourceUrl, sourceTitle, classification, plannedAt, status, currentStep, nextStepRoles, nextStepSigners, author,
                contentVersion, publishedUrl, publishedAt, createdAt, updatedAt, version, confidentiality, steps);
    }

    @Schema(description = "保密审查 (Art 28): required when the check found a secrecy mark; recorded by a reviewer before sign-off")
    record Confidentiality(
            @Schema(description = "The submitted content carries a classification or secrecy mark", example = "true") boolean required,
            @Schema(example = "cc-reviewer") @Nullable String attestedBy,
            @Nullable OffsetDateTime attestedAt,
            @Schema(example = "经核对，文中“机密”系引用公开报道，不涉及国家秘密") @Nullable String note) {

        boolean missing() {
            return required && attestedBy == null;
        }
    }

    @Schema(description = "审核时间线的一步 / one decision in the timeline")
    record Step(@Schema(example = "1") int step, @Schema(example = "REVIEWER") String role,
                @Schema(example = "APPROVE") String decision, @Schema(example = "cc-reviewer") String decidedBy,
                @Nullable String comment, OffsetDateTime decidedAt) {
    }
}
