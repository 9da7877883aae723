package cn.gov.nantong.govmedia.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Merkle tree hash of RFC 6962 (certificate transparency), over stored complete subtrees. A node is named by its
 * level and index: it covers leaves [index * 2^level, (index + 1) * 2^level). Every range the RFC's proofs use starts
 * at a multiple of its largest power of two, so it breaks down into stored nodes.
 */
final class MerkleTree {

    record Node(int level, long index) {
    }

    private MerkleTree() {
    }

    static byte[] leafHash(byte[] entry) {
        return sha256((byte) 0, entry, new byte[0]);
    }

    static byte[] nodeHash(byte[] left, byte[] right) {
        return sha256((byte) 1, left, right);
    }

    /** The complete subtrees a tree of {@code size} leaves ends in, largest first: its binary digits. */
    static List<Node> frontier(long size) {
        List<Node> nodes = new ArrayList<>();
        long start = 0;
        for (int level = 63 - Long.numberOfLeadingZeros(Math.max(size, 1)); level >= 0; level--) {
            if ((size & (1L << level)) != 0) {
                nodes.add(new Node(level, start >> level));
                start += 1L << level;
            }
        }
        return nodes;
    }

    /** The root of the frontier's subtrees, largest first: folded from the right as MTH splits at the largest power. */
    static byte[] root(List<byte[]> frontier) {
        byte[] root = frontier.get(frontier.size() - 1);
        for (int i = frontier.size() - 2; i >= 0; i--) {
            root = nodeHash(frontier.get(i), root);
        }
        return root;
    }

    /** The ranges [start, end) whose hashes make the audit path of leaf {@code leaf} in a tree of {@code size}. */
    static List<long[]> inclusionPath(long leaf, long size) {
        List<long[]> path = new ArrayList<>();
        inclusion(leaf, 0, size, path);
        return path;
    }

    private static void inclusion(long leaf, long start, long end, List<long[]> path) {
        if (end - start <= 1) {
            return;
        }
        long k = largestPowerBelow(end - start);
        if (leaf - start < k) {
            inclusion(leaf, start, start + k, path);
            path.add(new long[] {start + k, end});
        } else {
            inclusion(leaf, start + k, end, path);
            path.add(new long[] {start, start + k});
        }
    }

    /** The ranges whose hashes prove the tree of {@code from} leaves is a prefix of the tree of {@code to} (§2.1.2). */
    static List<long[]> consistencyPath(long from, long to) {
        List<long[]> path = new ArrayList<>();
        if (from > 0 && from < to) {
            subproof(from, 0, to, true, path);
        }
        return path;
    }

    private static void subproof(long m, long start, long end, boolean whole, List<long[]> path) {
        long n = end - start;
        if (m == n) {
            if (!whole) {
                path.add(new long[] {start, end});
            }
            return;
        }
        long k = largestPowerBelow(n);
        if (m <= k) {
            subproof(m, start, start + k, whole, path);
            path.add(new long[] {start + k, end});
        } else {
            subproof(m - k, start + k, end, false, path);
            path.add(new long[] {start, start + k});
        }
    }

    /** The stored nodes the hash of range [start, end) is made of. */
    static void nodesOf(long start, long end, List<Node> into) {
        long size = end - start;
        if (Long.bitCount(size) == 1) {
            int level = Long.numberOfTrailingZeros(size);
            into.add(new Node(level, start >> level));
            return;
        }
        long k = largestPowerBelow(size);
        nodesOf(start, start + k, into);
        nodesOf(start + k, end, into);
    }

    static byte[] hashOf(long start, long end, Map<Node, byte[]> nodes) {
        long size = end - start;
        if (Long.bitCount(size) == 1) {
            int level = Long.numberOfTrailingZeros(size);
            byte[] hash = nodes.get(new Node(level, start >> level));
            if (hash == null) {
                throw new IllegalStateException("audit tree node " + level + "/" + (start >> level) + " is missing");
            }
            return hash;
        }
        long k = largestPowerBelow(size);
        return nodeHash(hashOf(start, start + k, nodes), hashOf(start + k, end, nodes));
    }

    /** The largest power of two strictly below {@code n} (n ≥ 2). */
    static long largestPowerBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static byte[] sha256(byte prefix, byte[] left, byte[] right) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(prefix);
            digest.update(left);
            digest.update(right);
            return digest.digest();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
