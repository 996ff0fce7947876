package dev.bytecodedsl.runtime.object;

/**
 * Python's hash and equality for dict keys, supplied by the object space (it needs the heap to
 * read strings and tuples, and raises TypeError for unhashable keys). Equal keys must have equal
 * hashes: {@code 1}, {@code 1.0} and {@code True} are one key.
 */
public interface KeyEquivalence {
    /** hash(key); throws {@code PyError} (TypeError: unhashable type) for lists, dicts, ... */
    int hash(long key);

    /** key1 == key2 for keys that already hashed equal. */
    boolean keysEqual(long key1, long key2);
}
