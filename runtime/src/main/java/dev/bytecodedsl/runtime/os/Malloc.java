package dev.bytecodedsl.runtime.os;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.bytecodedsl.kit.os.Mappings;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.invoke.MethodHandle;

/**
 * The C library's allocator, for native memory an object owns and gives back on its own (a list's
 * or tuple's items, an instance's attribute slots): {@code realloc} (which is {@code malloc} for address 0) and {@code free}. Addresses are
 * plain longs, so the stubs move primitives only.
 *
 * <p>Each downcall is linked when first called (one holder class per function): a program that
 * never fills a list, or never frees one, does not pay for linking it. They are linked as
 * {@link Linker.Option#critical critical}: the allocator neither blocks for long nor calls back
 * into Java, so a call skips the thread-state transition that makes an ordinary downcall cost tens
 * of nanoseconds.
 */
public final class Malloc {
    private static final class Realloc {
        static final MethodHandle HANDLE = link("realloc", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
    }

    private static final class Free {
        static final MethodHandle HANDLE = link("free", FunctionDescriptor.ofVoid(JAVA_LONG));
    }

    private Malloc() {
    }

    /**
     * Resizes the block at {@code address} (0: none yet) to {@code bytes} and returns its address,
     * which may differ; the contents up to the smaller size are kept. Throws
     * {@link OutOfMemoryError} (the VM's MemoryError) when there is no memory, leaving the block as
     * it was.
     */
    public static long realloc(long address, long bytes) {
        long result;
        try {
            result = (long) Realloc.HANDLE.invokeExact(address, bytes);
        } catch (Throwable t) {
            throw Mappings.rethrow(t);
        }
        if (result == 0) {
            throw new OutOfMemoryError("native memory: cannot allocate " + bytes + " bytes");
        }
        return result;
    }

    /** Gives back a block from {@link #realloc}; 0 is ignored. */
    public static void free(long address) {
        if (address == 0) {
            return;
        }
        try {
            Free.HANDLE.invokeExact(address);
        } catch (Throwable t) {
            throw Mappings.rethrow(t);
        }
    }

    private static MethodHandle link(String name, FunctionDescriptor descriptor) {
        Linker linker = Linker.nativeLinker();
        return linker.downcallHandle(linker.defaultLookup().find(name).orElseThrow(
                () -> new UnsupportedOperationException("the C library has no " + name)), descriptor,
                Linker.Option.critical(false));
    }
}
