package cn.gov.nantong.govmedia.review.signoff;

import cn.gov.nantong.govmedia.user.UserDirectory;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

@Schema(description = "指定签发人 / designate the signer of a host's GENERAL content and, optionally, a deputy (another user)")
record SignOffDesignationRequest(
        @Schema(example = "cc-reviewer") @NotBlank @Pattern(regexp = UserDirectory.USERNAME) String signer,
        @Schema(example = "cc-deputy") @Nullable @Pattern(regexp = UserDirectory.USERNAME) String deputy,
        @Schema(description = "The designation's version when changing one; absent for the first", example = "0")
        @Nullable @PositiveOrZero Long version) {
}
