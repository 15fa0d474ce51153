package org.moralbase.stats.amce;

import java.util.Arrays;

/**
 * Per (cluster, subset) sums {@code T_A = Σ w, S_A = Σ w·Saved, T_B, S_B} over a cluster's rows at level A and
 * B, stored sparsely: an open-addressing hash table (linear probing, Fibonacci hashing) of int entry indices
 * over packed entry arrays, so an entry costs about 48 bytes (8 key + 32 sums + ≤ 8 table) and adding a row
 * allocates nothing except when the arrays grow. Keys pack {@code cluster · 16 + subset}, so cluster ids must
 * lie in [−2^59, 2^59).
 */
final class ClusterCellMap {

    private static final long MAX_CLUSTER = (1L << 59) - 1;
    private static final long MIN_CLUSTER = -(1L << 59);

    private int[] table = new int[1 << 10]; // entry index + 1; 0 = empty
    private int shift = 64 - 10;
    private long[] keys = new long[1 << 9];
    private double[] sums = new double[4 << 9];
    private int size;

    /** Adds one row's {@code w} and {@code w·Saved} to the cluster's sums for {@code cell = 2·subset + level}. */
    void add(long cluster, int cell, double weight, double weightedSaved) {
        if (cluster > MAX_CLUSTER || cluster < MIN_CLUSTER) {
            throw new IllegalArgumentException("cluster id out of range [-2^59, 2^59): " + cluster);
        }
        int base = 4 * entry((cluster << 4) | (cell >>> 1)) + 2 * (cell & 1);
        sums[base] += weight;
        sums[base + 1] += weightedSaved;
    }

    /** Adds every entry of {@code other} into this map (sums of the same key are added). */
    void addAll(ClusterCellMap other) {
        for (int e = 0; e < other.size; e++) {
            int base = 4 * entry(other.keys[e]);
            for (int j = 0; j < 4; j++) {
                sums[base + j] += other.sums[4 * e + j];
            }
        }
    }

    /**
     * Adds every entry of {@code other} into this map with its cluster id {@code c} replaced by {@code
     * newIds[c]} (for merging parts whose readers numbered clusters independently).
     *
     * @throws IllegalArgumentException if other holds a cluster id outside {@code [0, newIds.length)}
     */
    void addAllRenumbered(ClusterCellMap other, long[] newIds) {
        for (int e = 0; e < other.size; e++) { // check all first: a refused merge changes nothing
            long cluster = other.keys[e] >> 4;
            if (cluster < 0 || cluster >= newIds.length) {
                throw new IllegalArgumentException(
                        "no new id for cluster " + cluster + " (" + newIds.length + " given)");
            }
            long id = newIds[(int) cluster];
            if (id > MAX_CLUSTER || id < MIN_CLUSTER) {
                throw new IllegalArgumentException("cluster id out of range [-2^59, 2^59): " + id);
            }
        }
        for (int e = 0; e < other.size; e++) {
            long key = other.keys[e];
            int base = 4 * entry((newIds[(int) (key >> 4)] << 4) | (key & 15));
            for (int j = 0; j < 4; j++) {
                sums[base + j] += other.sums[4 * e + j];
            }
        }
    }

    /** Removes every entry, keeping the arrays (a reader reuses a map for its next chunk instead of growing one). */
    void clear() {
        Arrays.fill(table, 0);
        Arrays.fill(sums, 0, 4 * size, 0);
        size = 0;
    }

    /** Number of (cluster, subset) entries. */
    int size() {
        return size;
    }

    /** The packed key {@code cluster · 16 + subset} of entry e. */
    long key(int e) {
        return keys[e];
    }

    /** Sum j of entry e: 0 T_A, 1 S_A, 2 T_B, 3 S_B. */
    double sum(int e, int j) {
        return sums[4 * e + j];
    }

    /** Index of the entry with {@code key}, or −1. */
    int find(long key) {
        int mask = table.length - 1;
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            int e = table[slot] - 1;
            if (e < 0 || keys[e] == key) {
                return e;
            }
        }
    }

    private int entry(long key) {
        int mask = table.length - 1;
        int slot = slot(key);
        for (; ; slot = (slot + 1) & mask) {
            int e = table[slot] - 1;
            if (e < 0) {
                break;
            }
            if (keys[e] == key) {
                return e;
            }
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, grow(keys.length));
            sums = Arrays.copyOf(sums, 4 * keys.length);
        }
        keys[size] = key;
        table[slot] = ++size;
        if (2 * size > table.length) {
            rehash();
        }
        return size - 1;
    }

    // a cluster's subsets take neighbouring slots: one cache line serves all rows of a respondent
    private int slot(long key) {
        int home = (int) (((key >> 4) * 0x9E3779B97F4A7C15L) >>> shift);
        return (home + (int) (key & 15)) & (table.length - 1);
    }

    private void rehash() {
        if (table.length >= 1 << 30) {
            throw new IllegalStateException("too many (cluster, subset) entries: " + size);
        }
        table = new int[table.length * 2];
        shift--;
        int mask = table.length - 1;
        for (int e = 0; e < size; e++) {
            int slot = slot(keys[e]);
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = e + 1;
        }
    }

    private static int grow(int length) {
        long next = length + (length >> 1) + 16L;
        if (next > Integer.MAX_VALUE / 4 - 16) {
            next = Integer.MAX_VALUE / 4 - 16;
            if (next <= length) {
                throw new IllegalStateException("too many (cluster, subset) entries: " + length);
            }
        }
        return (int) next;
    }
}
