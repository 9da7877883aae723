package cn.gov.nantong.govmedia.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The audit log as a Merkle tree: its signed head and the proofs anyone holding a head can check on their own. */
@RestController
@Tag(name = "audit")
@PreAuthorize("hasAnyRole('CITY_ADMIN', 'AUDITOR')")
class AuditLogController {

    private final AuditProofService proofs;

    AuditLogController(AuditProofService proofs) {
        this.proofs = proofs;
    }

    @GetMapping("/api/v1/audit-log/tree-head")
    @Operation(operationId = "getAuditTreeHead", summary = "审计日志当前的已签名树头",
            description = "The latest signed tree head: events are sealed into the tree within about a second of their commit. "
                    + "CITY_ADMIN and AUDITOR only.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SignedTreeHead.class))),
                    @ApiResponse(responseCode = "404", description = "尚无树头（日志为空） / no tree head yet (empty log)",
                            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))})
    Mono<SignedTreeHead> treeHead() {
        return proofs.latestHead();
    }

    @GetMapping("/api/v1/audit-events/{id}/inclusion-proof")
    @Operation(operationId = "getAuditInclusionProof", summary = "审计事件的收录证明",
            description = "The audit path of the event in the tree of the given signed head (the latest when omitted). "
                    + "409 AUDIT_EVENT_NOT_SEALED while the event waits for the sealer. CITY_ADMIN and AUDITOR only.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "OK",
                            content = @Content(schema = @Schema(implementation = AuditProofs.Inclusion.class))),
                    @ApiResponse(responseCode = "409", description = "事件尚未封存 / not sealed yet",
                            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))})
    Mono<AuditProofs.Inclusion> inclusion(@Parameter(example = "42") @PathVariable long id,
            @Parameter(description = "Size of a signed tree head; the latest when omitted", example = "1024")
            @RequestParam(required = false) @Min(1) @Nullable Long treeSize) {
        return proofs.inclusion(id, treeSize);
    }

    @GetMapping("/api/v1/audit-log/consistency-proof")
    @Operation(operationId = "getAuditConsistencyProof", summary = "两个树头之间的一致性证明",
            description = "Proves the log of the first signed head is a prefix of the second's: nothing was changed or removed "
                    + "in between. CITY_ADMIN and AUDITOR only.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "OK",
                            content = @Content(schema = @Schema(implementation = AuditProofs.Consistency.class))),
                    @ApiResponse(responseCode = "404", description = "没有该大小的已签名树头 / no signed head of that size",
                            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))})
    Mono<AuditProofs.Consistency> consistency(@Parameter(example = "512") @RequestParam @Min(1) long from,
            @Parameter(example = "1024") @RequestParam @Min(1) long to) {
        return proofs.consistency(from, to);
    }
}
