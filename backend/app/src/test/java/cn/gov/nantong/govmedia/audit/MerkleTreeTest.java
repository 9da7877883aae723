package cn.gov.nantong.govmedia.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.audit.MerkleTree.Node;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our stored-subtree prover against the RFC 6962 definitions: roots, and proofs the RFC 9162 verifiers accept. */
class MerkleTreeTest {

    private static final int MAX = 70;

    @Test
    void theEmptyStringLeafHasTheRfcValue() {
        // RFC 9162 test vectors: the leaf hash of an empty entry
        assertThat(HexFormat.of().formatHex(MerkleTree.leafHash(new byte[0])))
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    }

    @Test
    void rootsFromTheFrontierEqualTheRecursiveDefinition() {
        List<byte[]> leaves = leaves(MAX);
        Map<Node, byte[]> stored = store(leaves);
        for (int size = 1; size <= MAX; size++) {
            List<byte[]> frontier = MerkleTree.frontier(size).stream().map(stored::get).toList();
            assertThat(MerkleTree.root(frontier)).as("size %d", size).isEqualTo(mth(leaves.subList(0, size)));
        }
    }

    @Test
    void everyInclusionProofVerifies() {
        List<byte[]> leaves = leaves(MAX);
        Map<Node, byte[]> stored = store(leaves);
        for (int size = 1; size <= MAX; size++) {
            byte[] root = mth(leaves.subList(0, size));
            for (int leaf = 0; leaf < size; leaf++) {
                List<byte[]> path = hashes(MerkleTree.inclusionPath(leaf, size), stored);
                assertThat(RfcMerkleVerifier.inclusion(leaf, size, leaves.get(leaf), path, root)).as("leaf %d of %d", leaf, size).isTrue();
                assertThat(RfcMerkleVerifier.inclusion(leaf, size, leaves.get((leaf + 1) % MAX), path, root)).isFalse();
            }
        }
    }

    @Test
    void everyConsistencyProofVerifiesAndAChangedOldTreeDoesNot() {
        List<byte[]> leaves = leaves(MAX);
        Map<Node, byte[]> stored = store(leaves);
        for (int to = 1; to <= MAX; to++) {
            byte[] newRoot = mth(leaves.subList(0, to));
            for (int from = 1; from <= to; from++) {
                List<byte[]> proof = hashes(MerkleTree.consistencyPath(from, to), stored);
                byte[] oldRoot = mth(leaves.subList(0, from));
                assertThat(RfcMerkleVerifier.consistency(from, to, oldRoot, newRoot, proof)).as("%d → %d", from, to).isTrue();
                if (from < to) {
                    List<byte[]> forged = new ArrayList<>(leaves.subList(0, from));
                    forged.set(from - 1, MerkleTree.leafHash("forged".getBytes(StandardCharsets.UTF_8)));
                    assertThat(RfcMerkleVerifier.consistency(from, to, mth(forged), newRoot, proof)).isFalse();
                }
            }
        }
    }

    private static List<byte[]> leaves(int count) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leaves.add(MerkleTree.leafHash(("event " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return leaves;
    }

    /** Every complete aligned subtree, as the sealer stores them. */
    private static Map<Node, byte[]> store(List<byte[]> leaves) {
        Map<Node, byte[]> nodes = new HashMap<>();
        for (int level = 0; (1 << level) <= leaves.size(); level++) {
            for (long index = 0; (index + 1) << level <= leaves.size(); index++) {
                nodes.put(new Node(level, index), mth(leaves.subList((int) (index << level), (int) ((index + 1) << level))));
            }
        }
        return nodes;
    }

    private static List<byte[]> hashes(List<long[]> ranges, Map<Node, byte[]> stored) {
        return ranges.stream().map(range -> MerkleTree.hashOf(range[0], range[1], stored)).toList();
    }

    /** MTH of RFC 6962 §2.1, over leaf hashes. */
    private static byte[] mth(List<byte[]> leaves) {
        if (leaves.size() == 1) {
            return leaves.get(0);
        }
        int k = Integer.highestOneBit(leaves.size() - 1);
        return MerkleTree.nodeHash(mth(leaves.subList(0, k)), mth(leaves.subList(k, leaves.size())));
    }
}
