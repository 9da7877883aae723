package cn.gov.nantong.govmedia.audit;

import cn.gov.nantong.govmedia.audit.MerkleTree.Node;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Inclusion and consistency proofs, each read with one query for the stored subtrees it needs. */
@Service
class AuditProofService {

    private final AuditTreeRepository tree;
    private final AuditProperties properties;

    AuditProofService(AuditTreeRepository tree, AuditProperties properties) {
        this.tree = tree;
        this.properties = properties;
    }

    /** The database recomputes hashes, leaves and root; the latest head's signature is checked here. */
    Mono<AuditVerification> verify() {
        return tree.check(properties.sealBound()).zipWith(tree.latestHead().map(SignedTreeHead::signatureValid).defaultIfEmpty(true))
                .map(found -> {
                    AuditTreeRepository.Check check = found.getT1();
                    boolean signed = found.getT2();
                    return new AuditVerification(check.firstBrokenId() == null && check.rootIntact() && signed, check.checked(),
                            check.firstBrokenId(), check.treeSize(), check.rootIntact(), signed, check.unsealedLate());
                });
    }

    Mono<SignedTreeHead> latestHead() {
        return tree.latestHead().switchIfEmpty(Mono.error(() -> ApiProblemException.notFound("审计日志树头", "audit log tree head")));
    }

    Mono<AuditProofs.Inclusion> inclusion(long eventId, @Nullable Long treeSize) {
        Mono<AuditTreeRepository.Leaf> leaf = tree.leafOf(eventId).switchIfEmpty(tree.eventExists(eventId).flatMap(exists -> Mono.error(
                exists ? ApiProblemException.conflict("AUDIT_EVENT_NOT_SEALED", "该审计事件尚未封存进日志树，请稍后重试",
                        "the event is not sealed into the log yet; try again in a moment")
                        : ApiProblemException.notFound("审计事件", "audit event"))));
        return leaf.flatMap(event -> head(treeSize).flatMap(head -> {
            if (event.position() >= head.treeSize()) {
                return Mono.error(ApiProblemException.invalidField("treeSize", "NotIncluded",
                        "该树头签署时此事件尚未收录，请使用更大的树头", "the event was sealed after this tree head; ask for a larger one"));
            }
            return hashes(MerkleTree.inclusionPath(event.position(), head.treeSize()))
                    .map(path -> new AuditProofs.Inclusion(eventId, event.eventHash(), event.position(), path, head));
        }));
    }

    Mono<AuditProofs.Consistency> consistency(long fromSize, long toSize) {
        if (fromSize > toSize) {
            return Mono.error(ApiProblemException.invalidField("from", "NotBefore", "起始树头不能大于目标树头",
                    "the first tree head must not be larger than the second"));
        }
        return Mono.zip(head(fromSize), head(toSize)).flatMap(heads -> hashes(MerkleTree.consistencyPath(fromSize, toSize))
                .map(proof -> new AuditProofs.Consistency(fromSize, toSize, proof, heads.getT1(), heads.getT2())));
    }

    private Mono<SignedTreeHead> head(@Nullable Long treeSize) {
        return treeSize == null ? latestHead()
                : tree.head(treeSize).switchIfEmpty(Mono.error(() -> ApiProblemException.notFound("该大小的已签名树头", "signed tree head of that size")));
    }

    private Mono<List<String>> hashes(List<long[]> ranges) {
        List<Node> wanted = new ArrayList<>();
        ranges.forEach(range -> MerkleTree.nodesOf(range[0], range[1], wanted));
        HexFormat hex = HexFormat.of();
        return tree.nodes(wanted).map(nodes -> ranges.stream().map(range -> hex.formatHex(MerkleTree.hashOf(range[0], range[1], nodes))).toList());
    }
}
