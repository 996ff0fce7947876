package dev.bytecodedsl.examples.stackvm;

import dev.bytecodedsl.examples.stackvm.generated.CacheLayout;
import dev.bytecodedsl.examples.stackvm.generated.DslConstants;
import dev.bytecodedsl.examples.stackvm.generated.GeneratedInstructionSet;
import dev.bytecodedsl.examples.stackvm.generated.Opcodes;
import dev.bytecodedsl.examples.stackvm.generated.Tier1Interpreter;
import dev.bytecodedsl.examples.stackvm.generated.UopContext;
import dev.bytecodedsl.examples.stackvm.generated.UopInterpreter;
import dev.bytecodedsl.kit.jit.Jit;
import dev.bytecodedsl.kit.jit.JitStats;
import dev.bytecodedsl.kit.trace.Assumptions;
import dev.bytecodedsl.kit.trace.Optimizer;
import dev.bytecodedsl.kit.trace.TraceEngine;
import dev.bytecodedsl.kit.trace.TraceStats;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The host of the generated interpreters: everything a VM writes by hand. It implements the
 * generated {@link UopContext} (and so {@code InterpreterContext}: the frame the interpreters run:
 * value stack, code, constants, where to resume) and the helpers {@code stackvm.def} declares with
 * {@code extern} (output, the generic ADD, specialization, errors, stopping, and the two that hand
 * hot loops to the runtime kit's {@link TraceEngine}).
 *
 * <p>One frame: locals in slots {@code 0 .. localCount-1}, the value stack above them.
 */
public final class StackMachine implements UopContext {

    /**
     * How far a run goes: tier 1 alone, hot loops as traces on the uop interpreter (as projected, or
     * rewritten by the kit's optimizer first), or compiled by the kit's JIT.
     */
    public enum Tier { TIER1, TRACES, OPTIMIZED_TRACES, JIT }

    /**
     * What a run did: the printed lines, the error message when it failed, with traces what tier 2
     * did (null on tier 1 alone; {@link TraceStats#nativeEntries} counts entries into machine code),
     * and with the JIT what it compiled (null otherwise).
     */
    public record Outcome(String output, String error, TraceStats traces, JitStats jit) {
        public boolean failed() {
            return error != null;
        }
    }

    private static final int STACK_SLOTS = 1024;
    /** A loop's side exits taken this often grow a side trace. */
    private static final int SIDE_EXIT_THRESHOLD = 16;

    private final Program program;
    private final MemorySegment stack;
    private final StringBuilder output = new StringBuilder();
    /** The runtime kit's trace engine, or null: hot loops stay in tier 1. */
    private final TraceEngine<UopContext> traces;
    /** What the kit runs on a trace before installing it: the kit's optimizer, or nothing. */
    private final Optimizer optimizer;
    private int savedIp;
    private int savedSp;
    private boolean stopped;
    private String error;

    private StackMachine(Program program, Arena arena, boolean withTraces, Optimizer optimizer) {
        this.program = program;
        this.stack = arena.allocate(ValueLayout.JAVA_LONG, STACK_SLOTS);
        this.savedSp = program.localCount();
        // Everything the kit needs is generated from stackvm.def, but for the counter's encoding
        // (here a plain count down) and what traces assume (nothing their guards do not check).
        this.traces = withTraces
                ? new TraceEngine<>(GeneratedInstructionSet.INSTANCE, UopInterpreter.TRACES, Assumptions.NONE,
                        (code, jumpIp) -> code[jumpIp + 1 + CacheLayout.JUMP_BACKWARD_COUNTER] =
                                (char) DslConstants.LOOP_BACKOFF, null, SIDE_EXIT_THRESHOLD)
                : null;
        this.optimizer = optimizer;
    }

    /** Runs {@code program} to its HALT (or its first error) on the generated tier-1 interpreter alone. */
    public static Outcome run(Program program) {
        return run(program, false);
    }

    /**
     * Runs {@code program} to its HALT (or its first error) on the generated tier-1 interpreter;
     * {@code withTraces}: hot loops become traces that run on the generated uop interpreter.
     */
    public static Outcome run(Program program, boolean withTraces) {
        return run(program, withTraces ? Tier.TRACES : Tier.TIER1);
    }

    /** Runs {@code program} to its HALT (or its first error), its hot loops as {@code tier} says. */
    public static Outcome run(Program program, Tier tier) {
        try (Arena arena = Arena.ofConfined()) {
            StackMachine machine = new StackMachine(program, arena, tier != Tier.TIER1,
                    tier == Tier.OPTIMIZED_TRACES ? StackOptimizer.forProgram(program) : Optimizer.IDENTITY);
            if (tier != Tier.JIT) {
                Tier1Interpreter.run(machine);
                return new Outcome(machine.output.toString(), machine.error,
                        machine.traces == null ? null : machine.traces.stats(), null);
            }
            // The upcall stubs bind to this machine, so the JIT comes after it; closing it frees the code.
            try (Jit<UopContext> jit = StackJit.create(machine)) {
                machine.traces.useBackend(jit);
                Tier1Interpreter.run(machine);
                return new Outcome(machine.output.toString(), machine.error, machine.traces.stats(), jit.stats());
            }
        }
    }

    // ---- the frame, as the generated interpreter sees it ---------------------------------------

    @Override
    public MemorySegment stack() {
        return stack;
    }

    @Override
    public MemorySegment heapWords() {
        return MemorySegment.NULL; // no heap objects: stackvm.def never reads heap words
    }

    @Override
    public int framePointer() {
        return 0;
    }

    @Override
    public char[] code() {
        return program.code();
    }

    @Override
    public long[] consts() {
        return program.consts();
    }

    @Override
    public long[] names() {
        return new long[0];
    }

    @Override
    public int resumeIp() {
        return savedIp;
    }

    @Override
    public int resumeSp() {
        return savedSp;
    }

    @Override
    public void saveState(int instrIp, int nextIp, int sp) {
        savedIp = instrIp;
        savedSp = sp;
    }

    /** With traces, the uop interpreter counts the uops it runs (tier 1 counts nothing). */
    @Override
    public boolean statsEnabled() {
        return traces != null;
    }

    @Override
    public void countUop(int uop) {
        traces.stats().uopExecuted();
    }

    @Override
    public void countExecution(int opcode) {}

    @Override
    public void countMiss(int opcode) {}

    @Override
    public boolean evalBreakerPending() {
        return false; // nothing interrupts this machine: no signals, no collector
    }

    @Override
    public boolean handleEvalBreaker() {
        return true;
    }

    @Override
    public boolean entryFrameDone() {
        return stopped;
    }

    @Override
    public long takeEntryResult() {
        return error == null ? Values.of(0) : 0L;
    }

    // ---- the helpers stackvm.def declares ------------------------------------------------------

    @Override
    public void printValue(long v) {
        output.append(Values.intValue(v)).append('\n');
    }

    @Override
    public long addValues(long a, long b) {
        try {
            return Values.of(Math.addExact(Values.intValue(a), Values.intValue(b)));
        } catch (ArithmeticException | IllegalArgumentException e) {
            raiseOverflow();
            return 0L;
        }
    }

    /**
     * Rewrites the running ADD into ADD_SMALL when ADD_SMALL would run these operands; otherwise
     * restarts the counter, so the generic ADD runs now and specializing is tried again later (an
     * ADD_SMALL that exits on overflow comes back here: without the restart it would be rewritten
     * into ADD_SMALL again, forever).
     */
    @Override
    public void specializeAdd(long a, long b) {
        char[] code = program.code();
        if (Values.isSmall(a) && Values.isSmall(b) && fits(Values.intValue(a), Values.intValue(b))) {
            code[savedIp] = (char) (code[savedIp] & 0xFF00 | Opcodes.ADD_SMALL);
        } else {
            code[savedIp + 1 + CacheLayout.ADD_COUNTER] = (char) DslConstants.ADD_WARMUP;
        }
    }

    private static boolean fits(long l, long r) {
        long sum = l + r;
        return ((l ^ sum) & (r ^ sum)) >= 0 && sum <= Values.MAX && sum >= Values.MIN;
    }

    @Override
    public void advanceCounter() {
        char[] code = program.code();
        int counter = savedIp + 1 + CacheLayout.ADD_COUNTER;
        code[counter] = (char) (code[counter] - 1);
    }

    @Override
    public void raiseOverflow() {
        if (error == null) {
            error = "integer overflow in " + Opcodes.name(program.code()[savedIp] & 0xFF) + " at code unit " + savedIp;
        }
    }

    @Override
    public void stop(boolean failed) {
        stopped = true;
        if (failed && error == null) {
            error = "error at code unit " + savedIp;
        }
    }

    // ---- traces: the runtime kit does the work ------------------------------------------------

    /**
     * JUMP_BACKWARD's counter ran out: the kit projects the loop over the generated metadata and,
     * when the projection closes it, installs ENTER_EXECUTOR in place of this JUMP_BACKWARD. Without
     * traces, or when no trace was made, the counter starts over from the backoff.
     */
    @Override
    public void optimizeHotLoop(long backDistance) {
        char[] code = program.code();
        if (traces == null || traces.install(code, program.executors(), savedIp, (int) backDistance, "program",
                optimizer) == null) {
            code[savedIp + 1 + CacheLayout.JUMP_BACKWARD_COUNTER] = (char) DslConstants.LOOP_BACKOFF;
        }
    }

    /**
     * ENTER_EXECUTOR: the kit runs the trace (and those its exits are stitched to) on the uop
     * interpreter, which leaves the saved state where tier 1 resumes; an invalid executor is
     * removed and tier 1 goes on at the loop top instead.
     */
    @Override
    public void enterExecutor(long index) {
        if (traces == null) {
            throw new IllegalStateException("this program got traces in an earlier run: run it with traces");
        }
        int resume = traces.enter(this, program.code(), program.executors(), (int) index, () -> savedSp);
        if (resume != TraceEngine.RAN) {
            savedIp = resume;
        }
    }

    @Override
    public boolean executorIsValid() {
        return traces.runningIsValid();
    }
}
