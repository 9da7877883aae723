package cn.gov.nantong.govmedia.submission;

import cn.gov.nantong.govmedia.common.web.ClientAddresses;
import cn.gov.nantong.govmedia.photo.Photos;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Anonymous submission and status query (Art 24, 29, 30); rate-limited per client address and device id. */
@RestController
@Tag(name = "public-interaction")
class PublicComplaintController {

    static final String SUBMIT_PATH = "/api/public/v1/complaints";
    static final String SUBMIT_WITH_PHOTOS_PATH = SUBMIT_PATH + "/with-photos";

    private final SubmissionService service;
    private final ClientAddresses addresses;
    private final Photos photos;

    PublicComplaintController(SubmissionService service, ClientAddresses addresses, Photos photos) {
        this.service = service;
        this.addresses = addresses;
        this.photos = photos;
    }

    @PostMapping(SUBMIT_PATH)
    @Operation(operationId = "submitComplaint", summary = "提交留言、咨询、投诉、建议、纠错或假冒举报",
            description = "Anonymous. Exactly one of accountId and organizationId; ERROR_REPORT needs errorUrl, COUNTERFEIT_REPORT "
                    + "needs suspect. HTML is stripped, control characters are refused, the body is limited (413). "
                    + "Answers 201 with a tracking number and a query token shown only once. With an Idempotency-Key a retried "
                    + "request gets the first answer (a different body under the same key is a 422). The same content from the "
                    + "same client within a short window is answered 200 with the first tracking number (duplicate=true, no token). "
                    + "Rate-limited per client address and X-Device-Id (429 with Retry-After).",
            responses = {
                    @ApiResponse(responseCode = "201", description = "受理 / received",
                            content = @Content(schema = @Schema(implementation = SubmissionReceipt.class))),
                    @ApiResponse(responseCode = "200", description = "重复提交，返回首次的受理编号 / duplicate of a recent submission",
                            content = @Content(schema = @Schema(implementation = SubmissionReceipt.class))),
                    @ApiResponse(responseCode = "413", description = "请求体过大 / payload too large",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = "#/components/schemas/Problem"))),
                    @ApiResponse(responseCode = "422", description = "幂等键已用于其他请求 / idempotency key reused",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = "#/components/schemas/Problem")))})
    Mono<ResponseEntity<SubmissionReceipt>> submit(
            @Parameter(in = ParameterIn.HEADER, description = "Client-chosen key making retries safe", example = "9f1c2d7e-4b7a-4c1e-9a63-2f0c5b8d1e42")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Parameter(in = ParameterIn.HEADER, description = "Device id for rate limiting", example = "device-7f3a9c")
            @RequestHeader(name = "X-Device-Id", required = false) String deviceId,
            @Valid @RequestBody SubmitComplaintRequest request, ServerWebExchange exchange) {
        return service.submit(request, List.of(), idempotencyKey, addresses.of(exchange));
    }

    @PostMapping(value = SUBMIT_WITH_PHOTOS_PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "submitComplaintWithPhotos", summary = "提交留言、投诉等并附照片（最多 3 张）",
            description = "Anonymous. The same submission as submitComplaint, as multipart/form-data: the part `submission` holds "
                    + "its JSON (Content-Type application/json), up to three parts `photos` hold JPEG, PNG or WebP images of at "
                    + "most 5 MB each. The type is read from the bytes, not from the part's header; every photo is decoded and "
                    + "encoded again without metadata (EXIF location is personal data, Art 28), WebP as JPEG or PNG. A wrong "
                    + "type, a damaged image or a fourth photo is a 400, a photo over 5 MB a 413, and then nothing is stored. "
                    + "Idempotency, duplicates and rate limits as for submitComplaint.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = PhotoSubmissionForm.class),
                    encoding = @Encoding(name = "submission", contentType = MediaType.APPLICATION_JSON_VALUE))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "受理 / received",
                            content = @Content(schema = @Schema(implementation = SubmissionReceipt.class))),
                    @ApiResponse(responseCode = "200", description = "重复提交，返回首次的受理编号 / duplicate of a recent submission",
                            content = @Content(schema = @Schema(implementation = SubmissionReceipt.class))),
                    @ApiResponse(responseCode = "413", description = "照片或请求体过大 / a photo or the whole request is too large",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = "#/components/schemas/Problem"))),
                    @ApiResponse(responseCode = "422", description = "幂等键已用于其他请求 / idempotency key reused",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = "#/components/schemas/Problem")))})
    Mono<ResponseEntity<SubmissionReceipt>> submitWithPhotos(
            @Parameter(in = ParameterIn.HEADER, description = "Client-chosen key making retries safe", example = "9f1c2d7e-4b7a-4c1e-9a63-2f0c5b8d1e42")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Parameter(in = ParameterIn.HEADER, description = "Device id for rate limiting", example = "device-7f3a9c")
            @RequestHeader(name = "X-Device-Id", required = false) String deviceId,
            @Parameter(hidden = true) @Valid @RequestPart("submission") SubmitComplaintRequest submission,
            @Parameter(hidden = true) @RequestPart(name = "photos", required = false) Flux<Part> photos,
            ServerWebExchange exchange) {
        return this.photos.receive(photos == null ? Flux.empty() : photos)
                .flatMap(clean -> service.submit(submission, clean, idempotencyKey, addresses.of(exchange)));
    }

    @GetMapping(SUBMIT_PATH + "/{trackingNumber}/photos/{photoId}")
    @Operation(operationId = "getComplaintPhoto", summary = "凭查询码查看所附照片",
            description = "Anonymous. The photo as stored (JPEG or PNG, without metadata), for the holder of the query token "
                    + "(X-Query-Token header). A wrong token, an unknown tracking number or a photo of another submission give "
                    + "the same 404. Rate-limited (429 with Retry-After).")
    @ApiResponse(responseCode = "200", description = "照片 / the photo",
            content = {@Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))})
    Mono<ResponseEntity<Flux<DataBuffer>>> photo(
            @Parameter(example = "TS2026112800001") @PathVariable String trackingNumber,
            @Parameter(example = "7") @PathVariable long photoId,
            @Parameter(in = ParameterIn.HEADER, description = "The query token from the receipt", example = "q3J8sVb0n2XcT5kLmA9eWd1rYp7uZ4hF")
            @RequestHeader(name = "X-Query-Token", required = false) String token) {
        return service.photo(trackingNumber, token, photoId);
    }

    @GetMapping(SUBMIT_PATH + "/{trackingNumber}")
    @Operation(operationId = "getComplaintStatus", summary = "凭受理编号和查询码查询办理进度",
            description = "Anonymous. The query token goes in the X-Query-Token header. A wrong token and an unknown tracking "
                    + "number give the same 404. Contact data is never shown. Rate-limited (429 with Retry-After).")
    Mono<ComplaintStatusView> status(
            @Parameter(example = "TS2026112800001") @PathVariable String trackingNumber,
            @Parameter(in = ParameterIn.HEADER, description = "The query token from the receipt", example = "q3J8sVb0n2XcT5kLmA9eWd1rYp7uZ4hF")
            @RequestHeader(name = "X-Query-Token", required = false) String token) {
        return service.status(trackingNumber, token);
    }
}
