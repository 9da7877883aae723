package cn.gov.nantong.govmedia.user;

import cn.gov.nantong.govmedia.common.security.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

@Schema(description = "新建用户 / create a user")
record CreateUserRequest(
        @Schema(description = "3-64 characters: lower-case letters, digits, '.', '_' or '-'", example = "cc-edu-wangmin")
        @NotBlank @Pattern(regexp = UserRequests.USERNAME) String username,
        @Schema(example = "王敏") @NotBlank @Size(max = 100) @Pattern(regexp = UserRequests.PRINTABLE) String displayName,
        @Schema(example = "19") @NotNull @Positive Long organizationId,
        @Schema(example = "[\"OPERATOR\"]") @NotEmpty @Size(max = 8) List<@NotNull Role> roles) {
}
