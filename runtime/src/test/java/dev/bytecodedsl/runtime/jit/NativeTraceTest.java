package dev.bytecodedsl.runtime.jit;

import static dev.bytecodedsl.runtime.jit.HandMadeStencils.FAIL;
import static dev.bytecodedsl.runtime.jit.HandMadeStencils.GUARD;
import static dev.bytecodedsl.runtime.jit.HandMadeStencils.LEAVE;
import static dev.bytecodedsl.runtime.jit.HandMadeStencils.LOOP;
import static dev.bytecodedsl.runtime.jit.HandMadeStencils.NO_STENCIL;
import static dev.bytecodedsl.runtime.jit.HandMadeStencils.POLL;
import static dev.bytecodedsl.runtime.jit.HandMadeStencils.PUSH;
import static dev.bytecodedsl.runtime.jit.HandMadeStencils.TAG;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.generated.GeneratedInstructionSet;
import dev.bytecodedsl.generated.UopContext;
import dev.bytecodedsl.generated.UopInterpreter;
import dev.bytecodedsl.generated.jit.JitHelpers;
import dev.bytecodedsl.kit.jit.Jit;
import dev.bytecodedsl.kit.jit.JitBinding;
import dev.bytecodedsl.kit.jit.JitException;
import dev.bytecodedsl.kit.jit.JitOptions;
import dev.bytecodedsl.kit.jit.UpcallCounts;
import dev.bytecodedsl.kit.trace.NativeTrace;
import dev.bytecodedsl.kit.trace.Trace;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Copy, patch, enter through the shim and handle the status, on hand-made x86-64 stencils
 * ({@link HandMadeStencils}) and a recording context: what the JIT does with a trace, independent
 * of the clang-built tables. The stack pointer starts at slot 4 (locals 0..3).
 */
class NativeTraceTest {
    private final RecordingContext vm = new RecordingContext();
    private Jit<UopContext> jit;

    private Jit<UopContext> jit(boolean fallback, PrintStream dump) {
        return jit(new JitOptions(fallback, dump, true, "--jit-fallback"));
    }

    private Jit<UopContext> jit(JitOptions options) {
        JitBinding<UopContext> binding = new JitBinding<>(GeneratedInstructionSet.INSTANCE, new HandMadeStencils(),
                JitHelpers::new, UopInterpreter::runLabel, UopInterpreter.LABEL_ERROR);
        jit = new Jit<>(binding, vm.ctx, vm.stack, vm.breaker, options);
        return jit;
    }

    /**
     * POLL, TAG, LOOP around and around until the fifth type_tag raises the eval breaker, whose
     * handling then fails: five passes of three uops, then the POLL that left.
     */
    private NativeTrace<UopContext> loopOfFivePasses(boolean stats) {
        vm.typeTagsBeforeBreaker = 5;
        vm.breakerHandlingSucceeds = false;
        return jit(new JitOptions(false, null, true, null, stats)).compile(trace(POLL, 0, TAG, 0, LOOP, 0), "t");
    }

    @Test
    void withStatsMachineCodeCountsItsLoopClosesAndTheUopsAreExact() {
        assertEquals(UopInterpreter.LEFT_THROUGH_LABEL, loopOfFivePasses(true).run(vm.ctx, 4));
        assertEquals(5 * 3 + 1, jit.stats().uopsExecuted());
        assertEquals(5, jit.stats().upcalls().total(), "one type_tag per pass");
        assertEquals(List.of(new UpcallCounts.Calls("type_tag", false, 5)), jit.stats().upcalls().byHelper());
    }

    @Test
    void withoutStatsNothingIsCounted() {
        assertEquals(UopInterpreter.LEFT_THROUGH_LABEL, loopOfFivePasses(false).run(vm.ctx, 4));
        assertEquals(5, vm.calls.stream().filter(c -> c.startsWith("typeTag")).count(), "the same run");
        assertEquals(0, jit.stats().uopsExecuted());
        assertEquals(0, jit.stats().upcalls().total());
    }

    @Test
    void theLoopCounterIsLaidOutOnlyWithStats() {
        String plain = dumpOfALoop(false);
        String counted = dumpOfALoop(true);
        assertTrue(plain.startsWith("JIT code for t: 3 uops, 63 bytes of code"), plain);
        assertTrue(counted.startsWith("JIT code for t: 3 uops, "
                + (63 + HandMadeStencils.LOOP_COUNTER.code().length) + " bytes of code"), counted);
    }

    private String dumpOfALoop(boolean stats) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream dump = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Jit<UopContext> own = jit(new JitOptions(false, dump, true, null, stats))) {
            own.compile(trace(POLL, 0, TAG, 0, LOOP, 0), "t");
        }
        jit = null;
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() {
        if (jit != null) {
            jit.close();
        }
        vm.arena.close();
    }

    private static Trace trace(int... uopsAndOpargs) {
        int n = uopsAndOpargs.length / 2;
        int[] uops = new int[n];
        int[] opargs = new int[n];
        int[] targets = new int[n];
        for (int i = 0; i < n; i++) {
            uops[i] = uopsAndOpargs[2 * i];
            opargs[i] = uopsAndOpargs[2 * i + 1];
            targets[i] = 100 + 2 * i;
        }
        return new Trace(uops, opargs, new long[n], targets);
    }

    /** Two traces whose exits can be linked: A pushes 7 and exits at uop 1; B pushes 9, 11 and exits at uop 2. */
    private NativeTrace<UopContext> traceA;
    private NativeTrace<UopContext> traceB;

    private void compileTwoTraces(boolean stats) {
        Jit<UopContext> both = jit(new JitOptions(false, null, true, null, stats));
        traceA = both.compile(trace(PUSH, 7, GUARD, 0), "a");
        traceB = both.compile(trace(PUSH, 9, PUSH, 11, GUARD, 0), "b");
    }

    /** A's exit returned: A's uop 1, its target, the stack A left. */
    private void assertAExitsToTheRuntime() {
        assertEquals(1, traceA.run(vm.ctx, 4));
        assertEquals(List.of("saveState(102, 102, 5)"), vm.calls);
    }

    @Test
    void anUnlinkedExitReturnsToTheRuntime() {
        compileTwoTraces(false);
        assertAExitsToTheRuntime();
    }

    @Test
    void aLinkedExitGoesOnInTheOtherTracesMachineCode() {
        compileTwoTraces(false);
        traceA.link(1, traceB);
        assertEquals(2, traceA.run(vm.ctx, 4), "B's exit, handled with B's trace (its target, its uop)");
        assertEquals(List.of(7L, 9L, 11L), List.of(vm.slot(4), vm.slot(5), vm.slot(6)));
        assertEquals(List.of("saveState(104, 104, 7)"), vm.calls, "one return to Java, from B");
    }

    @Test
    void closingTheTargetCutsTheLink() {
        compileTwoTraces(false);
        traceA.link(1, traceB);
        traceB.close();
        assertAExitsToTheRuntime();
    }

    @Test
    void withStatsNothingIsLinkedSoEveryExitIsCountedInJava() {
        compileTwoTraces(true);
        traceA.link(1, traceB);
        assertAExitsToTheRuntime();
    }

    @Test
    void runsStencilsBackToBackAndExitsLikeTheUopInterpreter() {
        NativeTrace<UopContext> compiled = jit(false, null).compile(trace(PUSH, 7, PUSH, 9, TAG, 0, LEAVE, 0), "t");
        assertEquals(3, compiled.run(vm.ctx, 4));
        assertEquals(7, vm.slot(4));
        assertEquals(18, vm.slot(5), "type_tag ran in Java through its upcall stub (and a trampoline)");
        assertEquals(List.of("typeTag(9)", "saveState(106, 106, 6)"), vm.calls);
        assertEquals(1, jit.stats().tracesCompiled());
        assertEquals(4, jit.stats().uopsCompiled());
    }

    @Test
    void evalBreakerIsHandledAndTheTraceReenteredAtTheNextUop() {
        vm.breaker.set(JAVA_LONG, 0, 1L);
        NativeTrace<UopContext> compiled = jit(false, null).compile(trace(PUSH, 1, POLL, 0, PUSH, 2, LEAVE, 0), "t");
        assertEquals(3, compiled.run(vm.ctx, 4));
        assertEquals(List.of("saveState(104, 104, 5)", "handleEvalBreaker", "saveState(106, 106, 6)"), vm.calls);
        assertEquals(2, vm.slot(5), "re-entered at uop 2");
    }

    @Test
    void evalBreakerAfterTheLoopCloseReentersAtTheTop() {
        vm.breaker.set(JAVA_LONG, 0, 1L);
        // PUSH, POLL, PUSH(_JUMP_TO_TOP's slot is POLL here): uop 1 polls; at the top again the breaker is clear.
        NativeTrace<UopContext> compiled = jit(false, null).compile(trace(PUSH, 1, POLL, 0, LEAVE, 0, LOOP, 0), "t");
        assertEquals(2, compiled.run(vm.ctx, 4));
        assertEquals(List.of("saveState(104, 104, 5)", "handleEvalBreaker", "saveState(104, 104, 5)"), vm.calls);
    }

    @Test
    void failedEvalBreakerHandlingRunsTheErrorLabel() {
        vm.breaker.set(JAVA_LONG, 0, 1L);
        vm.breakerHandlingSucceeds = false;
        NativeTrace<UopContext> compiled = jit(false, null).compile(trace(PUSH, 1, POLL, 0, LOOP, 0), "t");
        assertEquals(UopInterpreter.LEFT_THROUGH_LABEL, compiled.run(vm.ctx, 4));
        assertEquals(List.of("saveState(104, 104, 5)", "handleEvalBreaker", "saveState(102, 102, 5)",
                "unwindException"), vm.calls);
    }

    @Test
    void aLabelStatusRunsTheLabelWithTheStoredStackPointer() {
        NativeTrace<UopContext> compiled = jit(false, null).compile(trace(PUSH, 5, FAIL, 0), "t");
        assertEquals(UopInterpreter.LEFT_THROUGH_LABEL, compiled.run(vm.ctx, 4));
        assertEquals(List.of("saveState(102, 102, 4)", "unwindException"), vm.calls);
    }

    @Test
    void aUopWithoutAStencilIsAnErrorUnlessFallbackWasAsked() {
        JitException e = assertThrows(JitException.class, () -> jit(false, null).compile(trace(PUSH, 1, NO_STENCIL, 0), "f"));
        assertEquals("cannot compile the trace for f: uop NOP has no stencil for x86_64-unknown-linux-gnu"
                + " (--jit-fallback runs such traces on the uop interpreter)", e.getMessage());
        jit.close();
        assertNull(jit(true, null).compile(trace(PUSH, 1, NO_STENCIL, 0), "f"));
        assertEquals(1, jit.stats().fallbacks());
    }

    @Test
    void closingTheJitFreesEveryTrace() {
        NativeTrace<UopContext> compiled = jit(false, null).compile(trace(PUSH, 7, LEAVE, 0), "t");
        jit.close();
        jit = null;
        assertThrows(IllegalStateException.class, () -> compiled.run(vm.ctx, 4));
    }

    @Test
    void dumpShowsTheMachineCodeAndTheHoles() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream dump = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        jit(false, dump).compile(trace(PUSH, 7, TAG, 0, LEAVE, 0), "loop");
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("JIT code for loop: 3 uops, 66 bytes of code at 0x"), text);
        assertTrue(text.contains("    1 _TO_BOOL oparg=0 operand=0 target=102\n"), text);
        assertTrue(text.contains("X86_64_ABS64               OPARG       _JIT_OPARG = 0x7"), text);
        assertTrue(text.contains("X86_64_PC32                HELPER      type_tag - 4 = 0x"), text);
        assertTrue(text.contains("movabsq $7, %rax") || text.contains(".byte 48 b8 07"), text);
    }
}
