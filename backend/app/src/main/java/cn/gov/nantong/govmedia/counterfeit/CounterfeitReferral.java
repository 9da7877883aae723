package cn.gov.nantong.govmedia.counterfeit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "商请协同处理 / a request to the cyberspace administration or the police about a fake, and its outcome (Art 30)")
record CounterfeitReferral(
        @Schema(example = "1") long id,
        @Schema(example = "3") long investigationId,
        @Schema(example = "CYBERSPACE_ADMINISTRATION") ReferralAgency agency,
        @Schema(example = "2026-12-04") LocalDate requestedOn,
        @Schema(example = "函请区网信办协调平台关停并固定证据") String request,
        @Schema(example = "区网信办已约谈平台，账号已封禁") @Nullable String outcome,
        @Schema(example = "2026-12-08") @Nullable LocalDate outcomeOn,
        @Schema(example = "cc-operator") String recordedBy,
        OffsetDateTime createdAt,
        @Schema(example = "0") long version) {
}
