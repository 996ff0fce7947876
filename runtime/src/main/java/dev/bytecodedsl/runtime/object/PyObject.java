package dev.bytecodedsl.runtime.object;

import java.util.function.LongConsumer;

/**
 * An object that lives in the {@link Heap} and is named by a handle word. Not sealed: the VM adds
 * its own objects (functions, code objects) and recognises them by {@link #typeTag()}.
 */
public interface PyObject {
    /** One of {@code DslConstants.TYPE_*}: what {@code type_tag()} answers for this object's handle. */
    int typeTag();

    /** The Python type, for {@code isinstance} and for type names in error messages. */
    PyType type();

    /**
     * Reports every Value word this object holds (items, attribute values, referenced objects'
     * handles) so the collector can mark them. Objects that hold no Values keep the default.
     */
    default void traceValues(LongConsumer visitor) {
    }

    /**
     * Called once, when the heap gives this object {@code handle}: writes the payload words
     * bytecodes.def reads with {@code heap_word} (the type tag in word 0 is the heap's job).
     */
    default void publishWords(HeapWords words, long handle) {
    }

    /**
     * Called once, when the collector frees this object's handle: gives back the native memory the
     * object owns (a list's items). Nothing reaches the object afterwards.
     */
    default void release() {
    }
}
