package cn.gov.nantong.govmedia.audit;

import cn.gov.nantong.govmedia.audit.MerkleTree.Node;
import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The sealed side of the audit log: leaves (event positions), stored subtree hashes and signed tree heads. */
@Repository
class AuditTreeRepository {

    record Pending(long eventId, String hash) {
    }

    record Leaf(long position, long eventId, String eventHash) {
    }

    record NodeHash(Node node, byte[] hash) {
    }

    private static final String HEAD = """
            select h.tree_size, h.root_hash, h.signed_at, h.key_id, k.algorithm, k.public_key, h.signature
              from audit_tree_heads h join audit_signing_keys k on k.key_id = h.key_id""";
    private static final RecordRows<SignedTreeHead> HEADS = RecordRows.of(SignedTreeHead.class);

    private final DatabaseClient db;

    AuditTreeRepository(DatabaseClient db) {
        this.db = db;
    }

    /** The advisory lock's key (an SQL expression) that one sealer at a time holds. */
    static final String SEALER_LOCK = "hashtext('audit_sealer')";

    /** Serialises sealers within the transaction; writers of events never take it. */
    Mono<Void> lockForSealing() {
        return db.sql("select pg_advisory_xact_lock(" + SEALER_LOCK + ")").then();
    }

    /** Committed events without a position, oldest id first. */
    Flux<Pending> pending(int limit) {
        return db.sql("""
                        select u.event_id, e.hash from audit_unsealed u join audit_events e on e.id = u.event_id
                         order by u.event_id limit :limit""")
                .bind("limit", limit).map(RecordRows.of(Pending.class)).all();
    }

    Mono<Long> size() {
        return db.sql("select coalesce(max(position) + 1, 0) as size from audit_leaves").map(row -> row.get("size", Long.class)).one();
    }

    Mono<Map<Node, byte[]>> nodes(Collection<Node> wanted) {
        if (wanted.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("""
                        select n.level, n.index, n.hash from audit_tree_nodes n
                          join unnest(cast(:levels as int[]), cast(:indexes as bigint[])) as k(level, index)
                            on n.level = k.level and n.index = k.index""")
                .bind("levels", wanted.stream().map(Node::level).toArray(Integer[]::new))
                .bind("indexes", wanted.stream().map(Node::index).toArray(Long[]::new))
                .map(row -> new NodeHash(new Node(row.get("level", Short.class), row.get("index", Long.class)), bytes(row.get("hash", ByteBuffer.class))))
                .all()
                .collectMap(NodeHash::node, NodeHash::hash, HashMap::new)
                .map(found -> (Map<Node, byte[]>) found);
    }

    /** Appends the leaves and the subtree hashes they complete, and takes their events off the queue. */
    Mono<Void> append(List<Leaf> leaves, List<NodeHash> nodes) {
        HexFormat hex = HexFormat.of();
        Long[] eventIds = leaves.stream().map(Leaf::eventId).toArray(Long[]::new);
        return db.sql("insert into audit_leaves (position, event_id) select * from unnest(cast(:positions as bigint[]), cast(:ids as bigint[]))")
                .bind("positions", leaves.stream().map(Leaf::position).toArray(Long[]::new)).bind("ids", eventIds)
                .then()
                .then(db.sql("""
                                insert into audit_tree_nodes (level, index, hash)
                                select l, i, decode(h, 'hex')
                                  from unnest(cast(:levels as int[]), cast(:indexes as bigint[]), cast(:hashes as text[])) as n(l, i, h)""")
                        .bind("levels", nodes.stream().map(n -> n.node().level()).toArray(Integer[]::new))
                        .bind("indexes", nodes.stream().map(n -> n.node().index()).toArray(Long[]::new))
                        .bind("hashes", nodes.stream().map(n -> hex.formatHex(n.hash())).toArray(String[]::new))
                        .then())
                .then(db.sql("delete from audit_unsealed where event_id = any(cast(:ids as bigint[]))").bind("ids", eventIds).then());
    }

    Mono<Void> insertHead(SignedTreeHead head) {
        return db.sql("""
                        insert into audit_signing_keys (key_id, algorithm, public_key) values (:keyId, :algorithm, :publicKey)
                        on conflict (key_id) do nothing""")
                .bind("keyId", head.keyId()).bind("algorithm", head.algorithm()).bind("publicKey", head.publicKey())
                .then()
                .then(db.sql("""
                                insert into audit_tree_heads (tree_size, root_hash, signed_at, key_id, signature)
                                values (:size, :root, :signedAt, :keyId, :signature)""")
                        .bind("size", head.treeSize()).bind("root", head.rootHash()).bind("signedAt", head.signedAt())
                        .bind("keyId", head.keyId()).bind("signature", head.signature())
                        .then());
    }

    Mono<SignedTreeHead> latestHead() {
        return db.sql(HEAD + " order by h.tree_size desc limit 1").map(HEADS).one();
    }

    Mono<SignedTreeHead> head(long treeSize) {
        return db.sql(HEAD + " where h.tree_size = :size").bind("size", treeSize).map(HEADS).one();
    }

    /** The event's position and own hash, when it is sealed. */
    Mono<Leaf> leafOf(long eventId) {
        return db.sql("""
                        select l.position, l.event_id, e.hash as event_hash from audit_leaves l join audit_events e on e.id = l.event_id
                         where l.event_id = :id""")
                .bind("id", eventId).map(RecordRows.of(Leaf.class)).one();
    }

    /** Whether the event exists at all (sealed or not), to tell "unknown" from "not sealed yet". */
    Mono<Boolean> eventExists(long eventId) {
        return db.sql("select exists (select 1 from audit_events where id = :id) as found").bind("id", eventId)
                .map(row -> row.get("found", Boolean.class)).one();
    }

    record Check(long checked, @Nullable Long firstBrokenId, long treeSize, boolean rootIntact, long unsealedLate) {
    }

    /** Recomputes every event hash, leaf and the root in the database ({@code audit_log_verify}, also used by make audit-verify). */
    Mono<Check> check(Duration bound) {
        return db.sql("select checked, first_broken_id, tree_size, root_intact, unsealed_late from audit_log_verify(make_interval(secs => :bound))")
                .bind("bound", bound.toMillis() / 1000.0).map(RecordRows.of(Check.class)).one();
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
