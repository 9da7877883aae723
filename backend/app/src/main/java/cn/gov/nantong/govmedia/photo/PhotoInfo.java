package cn.gov.nantong.govmedia.photo;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "提交所附照片 / a photo attached to a submission (re-encoded, without metadata)")
public record PhotoInfo(
        @Schema(example = "7") long id,
        @Schema(description = "1 to 3, in the order uploaded", example = "1") int position,
        @Schema(example = "image/jpeg", allowableValues = {"image/jpeg", "image/png"}) String mediaType,
        @Schema(example = "245760") int byteSize,
        @Schema(example = "1600") int width,
        @Schema(example = "1200") int height) {
}
