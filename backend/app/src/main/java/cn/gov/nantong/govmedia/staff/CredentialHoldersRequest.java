package cn.gov.nantong.govmedia.staff;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

@Schema(description = "设置账号密码保管人 / who holds the account's credentials")
record CredentialHoldersRequest(@Schema(example = "[1, 2]") @NotNull @Size(max = 10) List<@NotNull Long> staffIds) {
}
