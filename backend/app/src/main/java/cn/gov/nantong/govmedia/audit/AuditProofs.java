package cn.gov.nantong.govmedia.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What a reader needs to check an event or a later tree head against a signed tree head, without trusting us. */
final class AuditProofs {

    private AuditProofs() {
    }

    @Schema(name = "AuditInclusionProof", description = "收录证明 / inclusion proof of one event (RFC 6962 §2.1.1)")
    record Inclusion(
            @Schema(example = "42") long eventId,
            @Schema(description = "The event's own hash (SHA-256 of its fields), hex; the leaf is SHA-256(0x00 || these 32 bytes)",
                    example = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae") String eventHash,
            @Schema(description = "The event's position in the log", example = "41") long leafIndex,
            @Schema(description = "Sibling hashes from the leaf up, hex") List<String> auditPath,
            SignedTreeHead treeHead) {
    }

    @Schema(name = "AuditConsistencyProof", description = "一致性证明 / consistency proof between two tree heads (RFC 6962 §2.1.2)")
    record Consistency(
            @Schema(example = "512") long fromSize,
            @Schema(example = "1024") long toSize,
            @Schema(description = "Hex hashes, in the RFC's order") List<String> proof,
            SignedTreeHead from,
            SignedTreeHead to) {
    }
}
