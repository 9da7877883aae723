package cn.gov.nantong.govmedia.contentcheck;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** One thing the automatic check found, with its place in the text (UTF-16 offsets, end exclusive). */
@Schema(description = "自动检查发现的问题 / one finding of the automatic content check")
public record Finding(
        @Schema(example = "PERSONAL_DATA") FindingType type,
        @Schema(example = "BLOCKER") Severity severity,
        @Schema(description = "Where in the body (or TITLE / SOURCE)", example = "BODY") String field,
        @Schema(example = "12") int start,
        @Schema(example = "30") int end,
        @Schema(example = "320602199001011234") String text,
        @Schema(example = "隐去身份证号码中间部分") @Nullable String suggestion,
        @Schema(example = "Art 20") String article,
        @Schema(example = "正文含居民身份证号码（《办法》第二十条）") String message) {

    public enum Severity { BLOCKER, WARNING, INFO }
}
