package cn.gov.nantong.govmedia.user;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to creating a user or resetting a password: the only time the password is ever shown. */
@Schema(description = "用户及一次性密码（仅显示一次） / the user and a one-time password, shown only this once")
record UserWithOneTimePassword(
        UserResponse user,
        @Schema(description = "16 characters; the user must change it at the next login", example = "h7K#pQ2m@Wx9Rt4z")
        String oneTimePassword) {
}
