package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.value.Values;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * An insertion-ordered dict, laid out like CPython's compact dict: entries (hash, key, value) in
 * insertion order, plus an open-addressing index table pointing into them. A deleted entry keeps
 * its position with key NULL until the next resize compacts the entries.
 *
 * <p>Specialized global loads cache an entry index: {@link #keysVersion()} changes whenever a key is
 * added or removed (and entries can only move on a resize, which happens while adding a key), so
 * while it is unchanged {@link #entryValue(int)} at a cached {@link #indexOf(long)} is still that
 * key's value. Versions come from one global counter, so a version also identifies the dict.
 */
public final class PyDict implements PyObject {
    private static final int EMPTY = -1;
    private static final int DELETED = -2;
    private static int nextKeysVersion = 1;

    private final KeyEquivalence keys;
    private int[] index = newIndex(8);
    private int[] hashes = new int[5];
    private long[] entryKeys = new long[5];
    private long[] entryValues = new long[5];
    /** Entries used, deleted ones included. */
    private int used;
    private int live;
    private int keysVersion = nextVersion();

    public PyDict(KeyEquivalence keys) {
        this.keys = keys;
    }

    private static int nextVersion() {
        int v = nextKeysVersion++;
        if (nextKeysVersion == 0) {
            nextKeysVersion = 1;
        }
        return v;
    }

    private static int[] newIndex(int size) {
        int[] table = new int[size];
        Arrays.fill(table, EMPTY);
        return table;
    }

    public KeyEquivalence keyEquivalence() {
        return keys;
    }

    /** Number of keys (len). */
    public int size() {
        return live;
    }

    public int keysVersion() {
        return keysVersion;
    }

    /** The entry index of {@code key}, or -1. */
    public int indexOf(long key) {
        int slot = findSlot(key, keys.hash(key));
        return slot < 0 ? -1 : index[slot];
    }

    /** The value of key, or NULL when absent. */
    public long get(long key) {
        int i = indexOf(key);
        return i < 0 ? Values.NULL : entryValues[i];
    }

    /** Sets key to value: a new key goes last, an existing one keeps its position and version. */
    public void put(long key, long value) {
        int hash = keys.hash(key);
        int slot = findSlot(key, hash);
        if (slot >= 0) {
            entryValues[index[slot]] = value;
            return;
        }
        if (used == entryKeys.length) {
            resize();
        }
        int entry = used++;
        hashes[entry] = hash;
        entryKeys[entry] = key;
        entryValues[entry] = value;
        insertIntoIndex(hash, entry);
        live++;
        keysVersion = nextVersion();
    }

    /** Removes key and returns its value, or NULL when absent. */
    public long remove(long key) {
        int slot = findSlot(key, keys.hash(key));
        if (slot < 0) {
            return Values.NULL;
        }
        int entry = index[slot];
        long value = entryValues[entry];
        index[slot] = DELETED;
        entryKeys[entry] = Values.NULL;
        entryValues[entry] = Values.NULL;
        live--;
        keysVersion = nextVersion();
        return value;
    }

    public void clear() {
        index = newIndex(8);
        hashes = new int[5];
        entryKeys = new long[5];
        entryValues = new long[5];
        used = 0;
        live = 0;
        keysVersion = nextVersion();
    }

    // ---- entry access, in insertion order: for i in [0, entryLimit()), skip entries whose key is NULL

    /** An exclusive bound of entry indices (deleted entries included). */
    public int entryLimit() {
        return used;
    }

    /** The key of entry i, or NULL when that entry was deleted. */
    public long entryKey(int i) {
        return entryKeys[i];
    }

    /** The value of entry i, or NULL when that entry was deleted. */
    public long entryValue(int i) {
        return entryValues[i];
    }

    /** Replaces the value of a live entry (does not change the keys version). */
    public void setEntryValue(int i, long value) {
        entryValues[i] = value;
    }

    /** The index slot holding key's entry, or -1. */
    private int findSlot(long key, int hash) {
        int mask = index.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int entry = index[slot];
            if (entry == EMPTY) {
                return -1;
            }
            if (entry >= 0 && hashes[entry] == hash) {
                long candidate = entryKeys[entry];
                // identity first, as CPython: an object is always its own key (even a NaN)
                if (candidate == key || keys.keysEqual(candidate, key)) {
                    return slot;
                }
            }
        }
    }

    private void insertIntoIndex(int hash, int entry) {
        int mask = index.length - 1;
        int slot = hash & mask;
        while (index[slot] >= 0) {
            slot = (slot + 1) & mask;
        }
        index[slot] = entry;
    }

    /** Compacts away deleted entries and sizes the table for the live ones plus growth. */
    private void resize() {
        int capacity = Math.max(5, live * 2 + 1);
        int tableSize = 8;
        while (tableSize * 2 < capacity * 3) {
            tableSize <<= 1;
        }
        int[] newHashes = new int[capacity];
        long[] newKeys = new long[capacity];
        long[] newValues = new long[capacity];
        int n = 0;
        for (int i = 0; i < used; i++) {
            if (entryKeys[i] != Values.NULL) {
                newHashes[n] = hashes[i];
                newKeys[n] = entryKeys[i];
                newValues[n] = entryValues[i];
                n++;
            }
        }
        hashes = newHashes;
        entryKeys = newKeys;
        entryValues = newValues;
        used = n;
        index = newIndex(tableSize);
        for (int i = 0; i < n; i++) {
            insertIntoIndex(hashes[i], i);
        }
    }

    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_DICT;
    }

    @Override
    public PyType type() {
        return PyBuiltinType.DICT;
    }

    @Override
    public void traceValues(LongConsumer visitor) {
        for (int i = 0; i < used; i++) {
            visitor.accept(entryKeys[i]);
            visitor.accept(entryValues[i]);
        }
    }
}
