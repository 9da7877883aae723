package cn.gov.nantong.govmedia.submission;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The multipart form of a submission with photos, as documented; the handler reads the parts themselves. */
@Schema(description = "附照片的提交 / a submission with photos (multipart/form-data)")
record PhotoSubmissionForm(
        @Schema(description = "The submission, as JSON (part Content-Type application/json)") SubmitComplaintRequest submission,
        @ArraySchema(maxItems = 3, schema = @Schema(type = "string", format = "binary",
                description = "A JPEG, PNG or WebP image of at most 5 MB")) List<byte[]> photos) {
}
