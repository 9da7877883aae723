package cn.gov.nantong.govmedia.audit;

import cn.gov.nantong.govmedia.audit.AuditTreeRepository.Leaf;
import cn.gov.nantong.govmedia.audit.AuditTreeRepository.NodeHash;
import cn.gov.nantong.govmedia.audit.AuditTreeRepository.Pending;
import cn.gov.nantong.govmedia.audit.MerkleTree.Node;
import cn.gov.nantong.govmedia.common.jobs.JobLocks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The one writer of the Merkle tree. Writers of events only queue them; every {@code seal-interval} the instance holding
 * the job lock gives the committed ones their positions, stores the subtrees they complete and signs the new head, all
 * in one transaction. Only the tree's right edge (one node per binary digit of its size) is read to extend it.
 */
@Component
class AuditSealer {

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);
    private static final int BATCH = 5_000;

    private final AuditTreeRepository tree;
    private final TreeHeadSigner signer;
    private final TransactionalOperator transaction;
    private final JobLocks locks;
    private final Clock clock;

    AuditSealer(AuditTreeRepository tree, TreeHeadSigner signer, TransactionalOperator transaction, JobLocks locks, Clock clock) {
        this.tree = tree;
        this.signer = signer;
        this.transaction = transaction;
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${govmedia.audit.seal-interval:PT0.25S}", initialDelayString = "PT1S")
    Mono<Void> run() {
        return locks.exclusively("audit-sealer", Duration.ZERO, Duration.ofSeconds(30), sealAll())
                .onErrorResume(error -> {
                    // a database restart fails a few runs; a sealer that keeps failing shows in govmedia_audit_unsealed_oldest_seconds
                    log.warn("sealing the audit log failed; the next run retries: {}", error.toString());
                    return Mono.empty();
                })
                .then();
    }

    /** Seals every committed event, a batch per transaction; the last signed head, or empty when none was waiting. */
    Mono<SignedTreeHead> sealAll() {
        return seal().expand(head -> seal()).reduce((earlier, later) -> later);
    }

    /** One batch: empty when no committed event waits. */
    Mono<SignedTreeHead> seal() {
        return tree.lockForSealing()
                .then(tree.pending(BATCH).collectList())
                .filter(pending -> !pending.isEmpty())
                .flatMap(pending -> tree.size().flatMap(size -> {
                    List<Node> edge = MerkleTree.frontier(size);
                    return tree.nodes(edge).flatMap(found -> extend(size, edge, found, pending));
                }))
                .as(transaction::transactional);
    }

    private Mono<SignedTreeHead> extend(long size, List<Node> edge, Map<Node, byte[]> found, List<Pending> pending) {
        Deque<NodeHash> right = new ArrayDeque<>();
        for (Node node : edge) {
            byte[] hash = found.get(node);
            if (hash == null) {
                return Mono.error(new IllegalStateException("audit tree node " + node + " is missing; run make audit-verify"));
            }
            right.addLast(new NodeHash(node, hash));
        }
        HexFormat hex = HexFormat.of();
        List<Leaf> leaves = new ArrayList<>(pending.size());
        List<NodeHash> stored = new ArrayList<>(pending.size() * 2);
        long position = size;
        for (Pending event : pending) {
            NodeHash leaf = new NodeHash(new Node(0, position), MerkleTree.leafHash(hex.parseHex(event.hash())));
            leaves.add(new Leaf(position, event.eventId(), event.hash()));
            stored.add(leaf);
            right.addLast(leaf);
            while (right.size() > 1 && level(right.peekLast()) == level(secondLast(right))) {
                NodeHash r = right.removeLast();
                NodeHash l = right.removeLast();
                NodeHash parent = new NodeHash(new Node(r.node().level() + 1, r.node().index() >> 1), MerkleTree.nodeHash(l.hash(), r.hash()));
                stored.add(parent);
                right.addLast(parent);
            }
            position++;
        }
        String root = hex.formatHex(MerkleTree.root(right.stream().map(NodeHash::hash).toList()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long treeSize = position;
        // signing draws on the system's random source, which may block: off the event loop
        return Mono.fromCallable(() -> signer.sign(TreeHeadSigner.signedText(treeSize, now, root)))
                .subscribeOn(Schedulers.boundedElastic())
                .map(signature -> new SignedTreeHead(treeSize, root, now, signer.keyId(), TreeHeadSigner.ALGORITHM, signer.publicKey(),
                        signature))
                .flatMap(head -> tree.append(leaves, stored).then(tree.insertHead(head)).thenReturn(head));
    }

    private static int level(NodeHash node) {
        return node.node().level();
    }

    private static NodeHash secondLast(Deque<NodeHash> nodes) {
        var iterator = nodes.descendingIterator();
        iterator.next();
        return iterator.next();
    }
}
