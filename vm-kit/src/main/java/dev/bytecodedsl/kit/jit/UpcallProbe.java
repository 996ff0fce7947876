package dev.bytecodedsl.kit.jit;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;


import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HexFormat;

/**
 * For benchmarks: what one entry through the shim costs, and what a helper call from machine code
 * into Java (an FFM upcall) adds, measured the way traces use them. The shim calls a native
 * {@code mov eax, 7; ret} (bytes from llvm-mc-19) in one case and a zero-argument upcall stub in the
 * other; the difference is the upcall.
 */
public final class UpcallProbe {
    private static final byte[] RETURN_SEVEN = HexFormat.of().parseHex("b807000000c3");

    private UpcallProbe() {
    }

    /** {@code {ns per shim entry, ns per upcall}}, each averaged over {@code iterations}. */
    @SuppressWarnings("restricted")
    public static long[] measure(Stencil shimStencil, int iterations) {
        try (Arena arena = Arena.ofConfined(); Shim shim = new Shim(shimStencil);
             ExecutableMemory native7 = ExecutableMemory.allocate(RETURN_SEVEN.length)) {
            MemorySegment.copy(RETURN_SEVEN, 0, native7.writable(), JAVA_BYTE, 0, RETURN_SEVEN.length);
            native7.makeExecutable();
            MemorySegment stub = Linker.nativeLinker().upcallStub(
                    MethodHandles.lookup().findStatic(UpcallProbe.class, "seven", MethodType.methodType(long.class)),
                    FunctionDescriptor.of(JAVA_LONG), arena);
            long entry = time(shim, native7.address(), iterations);
            long upcall = time(shim, stub.address(), iterations);
            return new long[] {entry, upcall - entry};
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long seven() {
        return 7;
    }

    private static long time(Shim shim, long target, int iterations) {
        long sum = 0;
        for (int i = 0; i < iterations; i++) {
            sum += shim.enter(target, 0, 0, 0);
        }
        long start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            sum += shim.enter(target, 0, 0, 0);
        }
        long nanos = System.nanoTime() - start;
        if (sum != 14L * iterations) {
            throw new IllegalStateException("probe returned " + sum);
        }
        return nanos / iterations;
    }
}
