package dev.bytecodedsl.tests;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.generated.Uops;
import dev.bytecodedsl.kit.jit.Hole;
import dev.bytecodedsl.generated.jit.JitStencilsX86_64Linux;
import dev.bytecodedsl.kit.jit.Stencil;
import dev.bytecodedsl.kit.jit.HolePatcher;
import dev.bytecodedsl.runtime.value.Values;
import dev.bytecodedsl.kit.jit.JitState;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs x86-64 Linux stencils natively, laid out and patched exactly as docs/jit-abi.md says, for
 * traces of uops that call no helpers: the calling convention, the fall-through after the deleted
 * jumps, the GOT slots, the loop's jump to the top and the exit statuses all work on real hardware.
 * (The JIT runtime proper, with helpers as upcalls, lives in runtime/.) Skipped on other machines.
 */
class JitStencilsExecutionTest {

    private static final int PROT_READ = 1;
    private static final int PROT_WRITE = 2;
    private static final int PROT_EXEC = 4;
    private static final int MAP_PRIVATE = 2;
    private static final int MAP_ANONYMOUS = 0x20;
    private static final long EXIT = 1;

    private static MethodHandle mmap;
    private static MethodHandle mprotect;
    private static MethodHandle munmap;

    @BeforeAll
    static void nativeX86Linux() {
        Assumptions.assumeTrue(System.getProperty("os.name").equals("Linux")
                && System.getProperty("os.arch").equals("amd64"), "skipped: the stencils under test are x86-64 Linux code");
        Linker linker = Linker.nativeLinker();
        var libc = linker.defaultLookup();
        mmap = linker.downcallHandle(libc.find("mmap").orElseThrow(),
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG));
        mprotect = linker.downcallHandle(libc.find("mprotect").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
        munmap = linker.downcallHandle(libc.find("munmap").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
    }

    /** The state of the trace being run, for the helpers to look at. */
    private static MemorySegment running;
    private static long savedIp;
    private static long savedSpSlot;

    /** The heap objects' native words the trace sees (JitState.heap_words): four per handle at handle * 4. */
    private static MemorySegment heapWords;

    /** Test helper: a boxed "float" is its raw bits; records the state saved before the escaping call. */
    static long boxFloat(double d) {
        savedIp = running.get(JAVA_LONG, 8);
        MemorySegment base = running.get(ADDRESS, 32);
        savedSpSlot = (running.get(JAVA_LONG, 0) - base.address()) / 8;
        return Double.doubleToRawLongBits(d);
    }

    private static long smallInt(long n) {
        return (n << 1) | 1;
    }

    /** A trace: uops with their opargs. */
    private record Step(int uop, long oparg) {}

    /** What the trace left: the status, and the state and locals as the runtime would read them. */
    private record Outcome(long status, long spSlot, long uopIndex, long[] locals) {}

    /** Copies the shim and the trace's stencils (code back to back, then data), patches, runs. */
    private static Outcome run(List<Step> trace, long[] locals) throws Throwable {
        return run(trace, locals, java.util.Map.of());
    }

    private static Outcome run(List<Step> trace, long[] locals, java.util.Map<String, MemorySegment> helpers)
            throws Throwable {
        Stencil shim = JitStencilsX86_64Linux.shim();
        long codeSize = shim.code().length;
        for (Step step : trace) {
            codeSize += JitStencilsX86_64Linux.stencil(step.uop()).code().length;
        }
        long dataStart = (codeSize + 15) & ~15L;
        long size = dataStart;
        for (Step step : trace) {
            size = (size + JitStencilsX86_64Linux.stencil(step.uop()).data().length + 15) & ~15L;
        }
        size = (size + 4095) & ~4095L;
        MemorySegment map = ((MemorySegment) mmap.invokeExact(MemorySegment.NULL, size, PROT_READ | PROT_WRITE,
                MAP_PRIVATE | MAP_ANONYMOUS, -1, 0L)).reinterpret(size);
        try (Arena arena = Arena.ofConfined()) {
            long base = map.address();
            // Exit link slots, all zero: every exit returns (docs/jit-abi.md, "Linked exits").
            long exitLinks = arena.allocate(JAVA_LONG, trace.size()).address();
            MemorySegment.copy(shim.code(), 0, map, java.lang.foreign.ValueLayout.JAVA_BYTE, 0, shim.code().length);
            long code = shim.code().length;
            long data = dataStart;
            long top = code;
            for (int i = 0; i < trace.size(); i++) {
                Stencil stencil = JitStencilsX86_64Linux.stencil(trace.get(i).uop());
                byte[] codeCopy = stencil.code().clone();
                byte[] dataCopy = stencil.data().clone();
                long next = code + codeCopy.length;
                for (Hole hole : stencil.codeHoles()) {
                    patch(codeCopy, hole, base, code, data, next, top, trace.get(i), i, base + code + hole.offset(), helpers,
                            exitLinks);
                }
                for (Hole hole : stencil.dataHoles()) {
                    patch(dataCopy, hole, base, code, data, next, top, trace.get(i), i, base + data + hole.offset(), helpers,
                            exitLinks);
                }
                MemorySegment.copy(codeCopy, 0, map, java.lang.foreign.ValueLayout.JAVA_BYTE, code, codeCopy.length);
                MemorySegment.copy(dataCopy, 0, map, java.lang.foreign.ValueLayout.JAVA_BYTE, data, dataCopy.length);
                code = next;
                data = (data + dataCopy.length + 15) & ~15L;
            }
            // Never writable and executable at once.
            assertEquals(0, (int) mprotect.invokeExact(map, size, PROT_READ | PROT_EXEC));

            MemorySegment localsSegment = arena.allocate(JAVA_LONG, locals.length);
            MemorySegment.copy(locals, 0, localsSegment, JAVA_LONG, 0, locals.length);
            MemorySegment stack = arena.allocate(JAVA_LONG, 16);
            MemorySegment breaker = arena.allocate(JAVA_LONG);
            MemorySegment state = arena.allocate(JitState.SIZE, 8);
            running = state;
            state.set(ADDRESS, 24, breaker);
            state.set(ADDRESS, 32, stack);
            state.set(ADDRESS, 40, heapWords == null ? arena.allocate(JAVA_LONG, 4) : heapWords);
            MethodHandle enter = Linker.nativeLinker().downcallHandle(map,
                    FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
            long status = (long) enter.invokeExact(map.asSlice(top), localsSegment, stack, state);
            long sp = state.get(JAVA_LONG, 0);
            return new Outcome(status, (sp - stack.address()) / 8, state.get(JAVA_LONG, 16),
                    localsSegment.toArray(JAVA_LONG));
        } finally {
            int unused = (int) munmap.invokeExact(map, size);
        }
    }

    private static void patch(byte[] bytes, Hole hole, long base, long code, long data, long next, long top, Step step,
            int index, long place, java.util.Map<String, MemorySegment> helpers, long exitLinks) {
        long value = switch (hole.value()) {
            case CONTINUE -> base + next;
            case JUMP_TARGET -> base + top;
            case OPARG -> step.oparg();
            case OPERAND -> 0;
            case TARGET -> 100 + index;
            case UOP_INDEX -> index;
            case TRACE_ID -> 5;
            case EXIT_LINK -> exitLinks + 8L * index;
            case CODE -> base + code;
            case DATA -> base + data;
            case HELPER -> java.util.Optional.ofNullable(helpers.get(hole.symbol()))
                    .orElseThrow(() -> new IllegalArgumentException("no helper " + hole.symbol() + " in this test"))
                    .address();
        };
        HolePatcher.patch(MemorySegment.ofArray(bytes), hole.offset(), hole.kind(), value + hole.addend(), place);
    }

    @Test
    void straightLineAddExitsAtTheEnd() throws Throwable {
        Outcome out = run(List.of(new Step(Uops._LOAD_FAST_0, 0), new Step(Uops._LOAD_FAST, 1),
                new Step(Uops._GUARD_BOTH_INT, 0), new Step(Uops._BINARY_OP_ADD_INT, 0), new Step(Uops._STORE_FAST, 2),
                new Step(Uops._EXIT_TRACE, 0)), new long[] {smallInt(20), smallInt(22), 0});
        assertEquals(EXIT, out.status());
        assertEquals(5, out.uopIndex());
        assertEquals(0, out.spSlot());
        assertEquals(smallInt(42), out.locals()[2]);
    }

    @Test
    void aFailedGuardExitsWithTheStackItFound() throws Throwable {
        Outcome out = run(List.of(new Step(Uops._LOAD_FAST_0, 0), new Step(Uops._LOAD_FAST, 1),
                new Step(Uops._GUARD_BOTH_INT, 0), new Step(Uops._BINARY_OP_ADD_INT, 0), new Step(Uops._EXIT_TRACE, 0)),
                new long[] {smallInt(20), 2 /* None: not an int */});
        assertEquals(EXIT, out.status());
        assertEquals(2, out.uopIndex());
        assertEquals(2, out.spSlot());
    }

    @Test
    void aLoopRunsThroughTheTopUntilItsGuardFails() throws Throwable {
        long lessThan = 2; // COMPARE_LT_BIT
        Outcome out = run(List.of(new Step(Uops._LOAD_FAST_0, 0), new Step(Uops._LOAD_FAST_1, 0),
                new Step(Uops._BINARY_OP_ADD_INT, 0), new Step(Uops._STORE_FAST_0, 0), new Step(Uops._LOAD_FAST_0, 0),
                new Step(Uops._LOAD_FAST_2, 0), new Step(Uops._COMPARE_OP_INT, lessThan),
                new Step(Uops._GUARD_IS_TRUE_POP, 0), new Step(Uops._JUMP_TO_TOP, 0)),
                new long[] {smallInt(0), smallInt(1), smallInt(100_000)});
        assertEquals(EXIT, out.status());
        assertEquals(7, out.uopIndex());
        assertEquals(1, out.spSlot(), "the guard's input is still on the stack");
        assertEquals(smallInt(100_000), out.locals()[0]);
    }

    @Test
    void helpersAreCalledThroughTheirDataSlotsAfterTheStateIsSaved() throws Throwable {
        // 1e300 + 2e300 has no immediate form, so the float action boxes it through box_float.
        Outcome out = addHeapFloats(1e300, 2e300);
        assertEquals(EXIT, out.status());
        assertEquals(4, out.uopIndex());
        assertEquals(3e300, Double.longBitsToDouble(out.locals()[2]));
        // JIT_SAVE_STATE ran before the escaping call: the uop's target (100 + index) and its entry sp.
        assertEquals(102, savedIp);
        assertEquals(2, savedSpSlot);
    }

    @Test
    void aFloatResultWithAnImmediateFormIsEncodedInMachineCodeWithoutAHelperCall() throws Throwable {
        savedIp = -1;
        Outcome out = addHeapFloats(1.5, 2.25);
        assertEquals(EXIT, out.status());
        assertEquals(Values.floatWord(3.75), out.locals()[2]);
        assertEquals(-1, savedIp, "box_float was not called");
    }

    /** Runs {@code a + b} on two heap floats (handles 8 and 16) with _BINARY_OP_ADD_FLOAT into local 2. */
    private Outcome addHeapFloats(double a, double b) throws Throwable {
        var lookup = java.lang.invoke.MethodHandles.lookup();
        try (Arena arena = Arena.ofConfined()) {
            Linker linker = Linker.nativeLinker();
            // Rows 1 and 2: word 0 the type tag, word 1 the bits.
            heapWords = arena.allocate(JAVA_LONG, 12);
            heapWords.setAtIndex(JAVA_LONG, 4, DslConstants.TYPE_FLOAT);
            heapWords.setAtIndex(JAVA_LONG, 5, Double.doubleToRawLongBits(a));
            heapWords.setAtIndex(JAVA_LONG, 8, DslConstants.TYPE_FLOAT);
            heapWords.setAtIndex(JAVA_LONG, 9, Double.doubleToRawLongBits(b));
            MemorySegment boxFloat = linker.upcallStub(lookup.findStatic(JitStencilsExecutionTest.class, "boxFloat",
                    java.lang.invoke.MethodType.methodType(long.class, double.class)),
                    FunctionDescriptor.of(JAVA_LONG, java.lang.foreign.ValueLayout.JAVA_DOUBLE), arena);
            try {
                return run(List.of(new Step(Uops._LOAD_FAST_0, 0), new Step(Uops._LOAD_FAST_1, 0),
                                new Step(Uops._BINARY_OP_ADD_FLOAT, DslConstants.NB_ADD), new Step(Uops._STORE_FAST_2, 0),
                                new Step(Uops._EXIT_TRACE, 0)),
                        new long[] {8, 16, 0}, java.util.Map.of("box_float", boxFloat));
            } finally {
                heapWords = null;
            }
        }
    }

    /** A zero oparg is a real value: clang must not assume a hole symbol's address is non-null. */
    @Test
    void anOpargOfZeroIsNotFoldedAway() throws Throwable {
        long none = 2;
        long trueBits = 18;
        long falseBits = 10;
        for (long oparg : new long[] {0, 1}) { // `is`, `is not`
            Outcome out = run(List.of(new Step(Uops._LOAD_FAST_0, 0), new Step(Uops._LOAD_FAST_1, 0),
                    new Step(Uops.IS_OP, oparg), new Step(Uops._STORE_FAST_2, 0), new Step(Uops._EXIT_TRACE, 0)),
                    new long[] {none, none, 0});
            assertEquals(oparg == 0 ? trueBits : falseBits, out.locals()[2], "None is None with oparg " + oparg);
        }
    }
}
