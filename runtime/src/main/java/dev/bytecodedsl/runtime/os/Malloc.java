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
 * <p>The downcalls are linked on the first allocation ({@code Handles}): a program that never
 * fills a list, tuple or instance does not pay for linking them. They are linked as
 * {@link Linker.Option#critical critical}: the allocator neither blocks for long nor calls back
 * into Java, so a call skips the thread-state transition that makes an ordinary downcall cost tens
 * of nanoseconds.
 */
public final class Malloc {
    /**
     * Both downcalls, linked together on the first allocation. Linking allocates (method handles,
     * generated classes); {@code free} linked on its own would be linked by the first sweep that
     * frees something, which tends to run when the Java heap is fullest, and a holder class whose
     * initializer ran out of memory stays unusable for the rest of the run.
     */
    private static final class Handles {
        static final MethodHandle REALLOC = link("realloc", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
        static final MethodHandle FREE = link("free", FunctionDescriptor.ofVoid(JAVA_LONG));
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
            result = (long) Handles.REALLOC.invokeExact(address, bytes);
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
            Handles.FREE.invokeExact(address);
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
