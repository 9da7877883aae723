package cn.gov.nantong.govmedia.staff;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(description = "完成密码更换 / close a rotation task")
record RotationClosureRequest(@Schema(example = "已于 12 月 1 日更换密码并更新保管人") @NotBlank @Size(max = 500) String note) {
}
