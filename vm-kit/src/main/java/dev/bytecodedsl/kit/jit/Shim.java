package dev.bytecodedsl.kit.jit;

import dev.bytecodedsl.kit.os.Mappings;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;


import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * The one way into native code: the target's {@code _JIT_SHIM} (a plain C-ABI function without
 * holes, docs/jit-abi.md) copied once into executable memory, called through one FFM downcall
 * with {@code (entry, locals, sp, state)}. Pointers travel as {@code long}s so that an entry
 * allocates nothing.
 */
@SuppressWarnings("restricted") // the point of this class: native code through FFM
final class Shim implements AutoCloseable {
    private static final FunctionDescriptor SIGNATURE =
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG);

    private final ExecutableMemory memory;
    private final MethodHandle call;

    Shim(Stencil shim) {
        if (shim.codeHoles().length != 0 || shim.dataHoles().length != 0) {
            throw new JitException("the shim stencil has holes; docs/jit-abi.md says it has none");
        }
        memory = ExecutableMemory.allocate(shim.code().length);
        MemorySegment.copy(shim.code(), 0, memory.writable(), JAVA_BYTE, 0, shim.code().length);
        memory.makeExecutable();
        call = Linker.nativeLinker().downcallHandle(MemorySegment.ofAddress(memory.address()), SIGNATURE);
    }

    /** Runs the trace from {@code entry}; returns its status (docs/jit-abi.md). */
    long enter(long entry, long locals, long sp, long state) {
        try {
            return (long) call.invokeExact(entry, locals, sp, state);
        } catch (Throwable t) {
            throw Mappings.rethrow(t);
        }
    }

    long address() {
        return memory.address();
    }

    @Override
    public void close() {
        memory.close();
    }
}
