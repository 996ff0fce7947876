package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.runtime.ObjectSpace;

/**
 * An iterator object. {@link #next} returns the next item or NULL when exhausted (never raising
 * StopIteration), matching the iter_next helper. Iterators that allocate their items (strings,
 * item tuples) or iterate other iterators (enumerate, zip) use the space; the others ignore it.
 */
public interface PyIterator extends PyObject {
    long next(ObjectSpace space);
}
