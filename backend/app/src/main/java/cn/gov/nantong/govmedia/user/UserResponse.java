package cn.gov.nantong.govmedia.user;

import cn.gov.nantong.govmedia.common.security.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A login account of the identity provider, without its password hash or second-factor secret. */
@Schema(description = "用户（登录账户） / a user who logs in to the admin app")
record UserResponse(
        @Schema(example = "12") long id,
        @Schema(example = "cc-edu-wangmin") String username,
        @Schema(example = "王敏") String displayName,
        UserOrganization organization,
        @Schema(example = "[\"OPERATOR\"]") List<Role> roles,
        @Schema(example = "ACTIVE") UserStatus status,
        @Schema(description = "The next login must choose a new password", example = "true") boolean mustChangePassword,
        @Schema(description = "A second factor (TOTP) is enrolled", example = "false") boolean mfaEnrolled,
        @Schema(description = "Set while locked out after failed logins") @Nullable OffsetDateTime lockedUntil,
        OffsetDateTime createdAt,
        @Schema(example = "city-admin") @Nullable String createdBy,
        OffsetDateTime updatedAt,
        @Schema(description = "Optimistic-lock version", example = "0") long version) {
}
