package cn.gov.nantong.govmedia.contentcheck;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "自动检查结果 / the result of the automatic checks")
public record ContentCheckResult(
        List<Finding> findings,
        @Schema(description = "Findings that prevent submitting", example = "1") int blockers,
        @Schema(description = "Findings that need an acknowledgement", example = "2") int warnings,
        @Schema(description = "Touches a sensitive topic: the content must be reviewed as MAJOR (Art 17)", example = "false")
        boolean sensitiveTopic,
        @Schema(description = "Carries a classification or secrecy mark: the ticket needs a 保密审查 attestation before sign-off (Art 28)",
                example = "false")
        boolean possibleSecret,
        @Schema(description = "The title with personal data masked", example = "关于做好秋季学期开学工作的通知") String deidentifiedTitle,
        @Schema(description = "The body with personal data masked (Art 20)", example = "家长可拨打 138****5678 咨询。") String deidentifiedBody) {
}
