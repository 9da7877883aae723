package cn.gov.nantong.govmedia.user;

import cn.gov.nantong.govmedia.common.security.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Partial update: a missing (null) field keeps its value; the version read is required. */
@Schema(description = "修改用户姓名或角色 / change a user's display name or roles")
record UpdateUserRequest(
        @Schema(example = "王敏") @Size(min = 1, max = 100) @Pattern(regexp = UserRequests.PRINTABLE) String displayName,
        @Schema(example = "[\"OPERATOR\", \"REVIEWER\"]") @Size(min = 1, max = 8) List<@NotNull Role> roles,
        @Schema(description = "The version read; a stale one is refused with 409", example = "0") @NotNull @PositiveOrZero Long version) {
}
