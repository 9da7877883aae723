package cn.gov.nantong.govmedia.common.web;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "One invalid field")
public record FieldViolation(
        @Schema(example = "creditCode") String field,
        @Schema(example = "CreditCode") String code,
        @Schema(example = "统一社会信用代码无效（校验位不符）") String message,
        @Schema(example = "invalid unified social credit code (check digit mismatch)") String messageEn) {
}
