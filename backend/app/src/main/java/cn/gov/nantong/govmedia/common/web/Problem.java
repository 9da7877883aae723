package cn.gov.nantong.govmedia.common.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** RFC 9457 problem details, Chinese first with the English text beside it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(example = "https://govmedia.nantong.gov.cn/problems/validation-failed") String type,
        @Schema(example = "请求参数校验失败") String title,
        @Schema(example = "400") int status,
        @Schema(example = "请求中有 1 个字段无效") String detail,
        @Schema(example = "/api/v1/organizations") String instance,
        @Schema(example = "VALIDATION_FAILED") String code,
        @Schema(example = "Validation failed") String titleEn,
        @Schema(example = "1 field(s) in the request are invalid") String detailEn,
        @Schema(description = "Article of the Nantong measures the rule comes from", example = "Art 12") @Nullable String article,
        @Schema(example = "5f2c9a7e0c1b4d2e") String requestId,
        @Nullable List<FieldViolation> errors) {

    public static final String TYPE_BASE = "https://govmedia.nantong.gov.cn/problems/";

    public Problem withContext(String instance, String requestId) {
        return new Problem(type, title, status, detail, instance, code, titleEn, detailEn, article, requestId, errors);
    }
}
