package dev.bytecodedsl.runtime.os;

import dev.bytecodedsl.kit.os.Mappings;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Zeroed native memory for the VM's long-lived tables (the value stack, the heap's native words).
 * On Linux it is reserved address space (pages commit when first touched) with the global scope, so
 * the interpreters' accesses pay no arena liveness or owner-thread checks (measured: tier 1 and the
 * uop interpreter spend most of their memory-access time in those checks with a confined arena).
 * Elsewhere it comes from a shared arena.
 */
public final class NativeMemory {
    private static final boolean LINUX = System.getProperty("os.name").startsWith("Linux");

    private NativeMemory() {
    }

    public static MemorySegment reserve(long bytes) {
        return LINUX ? Mappings.reserve(bytes) : Arena.ofShared().allocate(bytes, 8);
    }

    /** Gives memory from {@link #reserve} back; on other hosts the shared arena's memory lives on. */
    public static void release(MemorySegment segment) {
        if (LINUX) {
            Mappings.munmap(segment);
        }
    }
}
