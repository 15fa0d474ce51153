package org.moralbase.moralmachine.format;

import java.util.Arrays;

/**
 * Assigns dense ids 0, 1, 2, … to distinct byte strings in order of first appearance, without allocating a
 * String per lookup: open addressing over keys copied into one growing byte arena. The previous key is
 * checked first because a scenario's two rows share their respondent.
 */
final class ClusterDictionary {
    private byte[] arena = new byte[1 << 16];
    private int arenaSize;
    private int[] offsets = new int[1 << 10];
    private int[] lengths = new int[1 << 10];
    private int[] table = new int[1 << 11]; // slot → id + 1, 0 = empty
    private int size;
    private int lastId;
    private int lastLength = -1; // the previous key's length; -1 before the first, which then never matches

    /** Forgets every key, keeping the room it grew (for a reader's next chunk). */
    void clear() {
        Arrays.fill(table, 0);
        arenaSize = 0;
        size = 0;
        lastLength = -1;
    }

    /** The number of distinct keys seen. */
    int size() {
        return size;
    }

    /** The id of the bytes {@code b[from, to)}, adding them if new. */
    int idOf(byte[] b, int from, int to) {
        int len = to - from;
        // no branch of its own for the first key: a branch unseen while the JIT profiled undoes its code
        if (lastLength == len && Arrays.equals(arena, offsets[lastId], offsets[lastId] + len, b, from, to)) {
            return lastId;
        }
        int h = hash(b, from, to);
        int mask = table.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                lastId = add(b, from, len);
                lastLength = len;
                table[slot] = lastId + 1;
                if (size * 2 > table.length) {
                    rehash();
                }
                return lastId;
            }
            if (sameKey(entry - 1, b, from, len)) {
                lastId = entry - 1;
                lastLength = len;
                return lastId;
            }
        }
    }

    /**
     * Adds every key of {@code other} (in its id order, so first appearances keep their order) and returns
     * their ids here: {@code ids[k]} is the id of other's key {@code k}.
     */
    long[] addAll(ClusterDictionary other) {
        long[] ids = new long[other.size];
        for (int k = 0; k < other.size; k++) {
            int off = other.offsets[k];
            ids[k] = idOf(other.arena, off, off + other.lengths[k]);
        }
        return ids;
    }

    private boolean sameKey(int id, byte[] b, int from, int len) {
        int off = offsets[id];
        return lengths[id] == len && Arrays.equals(arena, off, off + len, b, from, from + len);
    }

    private int add(byte[] b, int from, int len) {
        if (arenaSize + len > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + len));
        }
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
        }
        System.arraycopy(b, from, arena, arenaSize, len);
        offsets[size] = arenaSize;
        lengths[size] = len;
        arenaSize += len;
        return size++;
    }

    private void rehash() {
        table = new int[table.length * 2];
        int mask = table.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = hash(arena, offsets[id], offsets[id] + lengths[id]) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = id + 1;
        }
    }

    private static int hash(byte[] b, int from, int to) {
        long h = 0xcbf29ce484222325L; // FNV-1a, then a SplitMix finaliser for the low bits
        for (int i = from; i < to; i++) {
            h = (h ^ b[i]) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
        return (int) (h ^ (h >>> 33));
    }
}
