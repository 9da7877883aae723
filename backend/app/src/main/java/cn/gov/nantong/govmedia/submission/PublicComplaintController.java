package cn.gov.nantong.govmedia.submission;

import cn.gov.nantong.govmedia.common.web.ClientAddresses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Anonymous submission and status query (Art 24, 29, 30); rate-limited per client address and device id. */
@RestController
@Tag(name = "public-interaction")
class PublicComplaintController {

    static final String SUBMIT_PATH = "/api/public/v1/complaints";

    private final SubmissionService service;
    private final ClientAddresses addresses;

    PublicComplaintController(SubmissionService service, ClientAddresses addresses) {
        this.service = service;
        this.addresses = addresses;
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
        return service.submit(request, idempotencyKey, addresses.of(exchange));
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
