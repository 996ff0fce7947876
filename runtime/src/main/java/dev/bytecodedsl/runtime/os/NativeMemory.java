package dev.bytecodedsl.runtime.os;

import dev.bytecodedsl.kit.os.Mappings;
import dev.bytecodedsl.kit.os.SystemCallException;
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

    /**
     * Reserves as much as the process may map, between {@code minBytes} and {@code maxBytes}
     * (powers of two): under {@code ulimit -v} the largest size that maps is found by halving, and
     * only half of it is kept, leaving address space to the JVM (its thread stacks, code cache and
     * metaspace grow after start-up). Elsewhere it allocates {@code minBytes}: a shared arena's
     * memory is real, not reserved. Throws {@link SystemCallException} when not even
     * {@code minBytes} maps.
     */
    public static MemorySegment reserveUpTo(long maxBytes, long minBytes) {
        if (!LINUX) {
            return Arena.ofShared().allocate(minBytes, 8);
        }
        for (long bytes = maxBytes; ; bytes /= 2) {
            try {
                MemorySegment segment = Mappings.reserve(bytes);
                if (bytes == maxBytes || bytes == minBytes) {
                    return segment;
                }
                Mappings.munmap(segment);
                return Mappings.reserve(bytes / 2);
            } catch (SystemCallException e) {
                if (bytes <= minBytes) {
                    throw e;
                }
            }
        }
    }

    /** Gives memory from {@link #reserve} back; on other hosts the shared arena's memory lives on. */
    public static void release(MemorySegment segment) {
        if (LINUX) {
            Mappings.munmap(segment);
        }
    }
}
