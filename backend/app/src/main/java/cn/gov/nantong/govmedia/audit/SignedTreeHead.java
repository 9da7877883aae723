package cn.gov.nantong.govmedia.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

@Schema(description = "已签名的树头 / a signed tree head of the audit log (RFC 6962 Merkle tree)")
record SignedTreeHead(
        @Schema(description = "Events in the tree", example = "1024") long treeSize,
        @Schema(description = "Merkle tree hash, hex", example = "5c4ac0f4a1d3b2e0f9c8b7a6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6")
        String rootHash,
        @Schema(example = "2026-12-05T02:00:00.123Z") Instant signedAt,
        @Schema(description = "SHA-256 of the public key (SPKI DER), hex",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String keyId,
        @Schema(example = TreeHeadSigner.ALGORITHM) String algorithm,
        @Schema(description = "Public key, SPKI DER in base64", example = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE…") String publicKey,
        @Schema(description = "DER signature in base64 over the UTF-8 text "
                + "\"govmedia-audit-tree-head/v1\\n{treeSize}\\n{signedAt epoch millis}\\n{rootHash}\"",
                example = "MEUCIQD…") String signature) {

    String signedText() {
        return TreeHeadSigner.signedText(treeSize, signedAt, rootHash);
    }

    boolean signatureValid() {
        return TreeHeadSigner.verify(publicKey, signedText(), signature);
    }
}
