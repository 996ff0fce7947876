package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.kit.NativeWords;
import dev.bytecodedsl.runtime.value.Values;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.function.IntSupplier;
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
 *
 * <p>A dict used as globals or builtins is published as a namespace ({@link #publishAsNamespace}):
 * its values then live in native memory (a word array of an automatic {@link Arena}: the collector
 * frees it once the dict drops it, and an empty program's start-up links no {@code malloc}, which
 * costs ~15 ms of method-handle spinning) whose address it
 * publishes in its heap words with a namespace version that moves with its keys (bytecodes.def's
 * DICT_VALUES_WORD, DICT_NAMESPACE_VERSION_WORD), so specialized global loads and stores in every
 * tier, the JIT's machine code included, read and write entries without calling into Java. Other
 * dicts keep their values in a Java array: many are never heap objects (a class's dict, keyword
 * arguments), so nothing would free their native memory.
 */
public final class PyDict implements PyObject {
    private static final int EMPTY = -1;
    private static final int DELETED = -2;
    private static int nextKeysVersion = 1;

    private final KeyEquivalence keys;
    private int[] index = newIndex(8);
    private int[] hashes = new int[5];
    private long[] entryKeys = new long[5];
    /** The values while not published; null once they moved to {@link #nativeValues}. */
    private long[] entryValues = new long[5];
    /** The values' address once published as a namespace, else 0. */
    private long nativeValues;
    /** The memory at {@link #nativeValues}, held so that it stays allocated; null while not published. */
    private MemorySegment nativeSegment;
    /** Issues namespace versions once published as a namespace, else null. */
    private IntSupplier namespaceVersions;
    private int namespaceVersion;
    private HeapWords words;
    private long handle;
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
        return i < 0 ? Values.NULL : entryValue(i);
    }

    /** Sets key to value: a new key goes last, an existing one keeps its position and version. */
    public void put(long key, long value) {
        int hash = keys.hash(key);
        int slot = findSlot(key, hash);
        if (slot >= 0) {
            setEntryValue(index[slot], value);
            return;
        }
        if (used == entryKeys.length) {
            resize();
        }
        int entry = used++;
        hashes[entry] = hash;
        entryKeys[entry] = key;
        setEntryValue(entry, value);
        insertIntoIndex(hash, entry);
        live++;
        keysChanged();
    }

    /** Removes key and returns its value, or NULL when absent. */
    public long remove(long key) {
        int slot = findSlot(key, keys.hash(key));
        if (slot < 0) {
            return Values.NULL;
        }
        int entry = index[slot];
        long value = entryValue(entry);
        index[slot] = DELETED;
        entryKeys[entry] = Values.NULL;
        setEntryValue(entry, Values.NULL);
        live--;
        keysChanged();
        return value;
    }

    public void clear() {
        index = newIndex(8);
        hashes = new int[5];
        entryKeys = new long[5];
        replaceValues(new long[5]);
        used = 0;
        live = 0;
        keysChanged();
    }

    /**
     * Makes this dict (a heap object) a namespace: moves its values to native memory and publishes
     * them with a version from {@code versions}, issued again whenever its keys change.
     */
    public void publishAsNamespace(IntSupplier versions) {
        if (words == null) {
            throw new IllegalStateException("only a heap object's dict can be published");
        }
        if (namespaceVersions == null) {
            namespaceVersions = versions;
            long[] values = entryValues;
            entryValues = null;
            replaceValues(values);
            keysChanged();
        }
    }

    /** The namespace version published with the values (see {@link #publishAsNamespace}). */
    public int namespaceVersion() {
        return namespaceVersion;
    }

    private void keysChanged() {
        keysVersion = nextVersion();
        if (namespaceVersions != null && words != null) {
            namespaceVersion = namespaceVersions.getAsInt();
            words.set(handle, DslConstants.DICT_NAMESPACE_VERSION_WORD, namespaceVersion);
        }
    }

    /** Replaces the value storage with {@code values} (its length is the new capacity). */
    private void replaceValues(long[] values) {
        if (namespaceVersions == null) {
            entryValues = values;
            return;
        }
        // The old array is freed when the collector finds it unreachable, after the new address is published.
        nativeSegment = Arena.ofAuto().allocate((long) values.length << 3, 8);
        nativeValues = nativeSegment.address();
        NativeWords.copyIn(values, 0, nativeValues, 0, values.length);
        if (words != null) {
            words.set(handle, DslConstants.DICT_VALUES_WORD, nativeValues);
        }
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
        return nativeValues != 0 ? NativeWords.slot(nativeValues, i) : entryValues[i];
    }

    /** Replaces the value of a live entry (does not change the keys version). */
    public void setEntryValue(int i, long value) {
        if (nativeValues != 0) {
            NativeWords.setSlot(nativeValues, i, value);
        } else {
            entryValues[i] = value;
        }
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
                newValues[n] = entryValue(i);
                n++;
            }
        }
        hashes = newHashes;
        entryKeys = newKeys;
        replaceValues(newValues);
        used = n;
        index = newIndex(tableSize);
        for (int i = 0; i < n; i++) {
            insertIntoIndex(hashes[i], i);
        }
    }

    @Override
    public void publishWords(HeapWords words, long handle) {
        this.words = words;
        this.handle = handle;
    }

    /**
     * Frees native values when the collector sweeps the dict. Its Java object stays usable (a class
     * built from a class body's namespace keeps it), so the values come back to a Java array;
     * it publishes nothing more, since its handle's row may already belong to another object.
     */
    @Override
    public void release() {
        if (nativeValues != 0) {
            long[] values = new long[entryKeys.length];
            NativeWords.copyOut(nativeValues, 0, values, 0, used);
            namespaceVersions = null;
            nativeSegment = null;
            nativeValues = 0;
            entryValues = values;
        }
        words = null;
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
            visitor.accept(entryValue(i));
        }
    }
}
