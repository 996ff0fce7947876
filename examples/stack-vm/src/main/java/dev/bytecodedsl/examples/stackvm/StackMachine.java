package dev.bytecodedsl.examples.stackvm;

import dev.bytecodedsl.examples.stackvm.generated.CacheLayout;
import dev.bytecodedsl.examples.stackvm.generated.DslConstants;
import dev.bytecodedsl.examples.stackvm.generated.InterpreterContext;
import dev.bytecodedsl.examples.stackvm.generated.Opcodes;
import dev.bytecodedsl.examples.stackvm.generated.Tier1Interpreter;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The host of the generated tier-1 interpreter: everything a VM writes by hand. It implements the
 * generated {@link InterpreterContext} (the frame the interpreter runs: value stack, code,
 * constants, where to resume) and the helpers {@code stackvm.def} declares with {@code extern}
 * (output, the generic ADD, specialization, errors, stopping).
 *
 * <p>One frame: locals in slots {@code 0 .. localCount-1}, the value stack above them.
 */
public final class StackMachine implements InterpreterContext {

    /** What a run did: the printed lines, and the error message when it failed. */
    public record Outcome(String output, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    private static final int STACK_SLOTS = 1024;

    private final Program program;
    private final MemorySegment stack;
    private final StringBuilder output = new StringBuilder();
    private int savedIp;
    private int savedSp;
    private boolean stopped;
    private String error;

    private StackMachine(Program program, Arena arena) {
        this.program = program;
        this.stack = arena.allocate(ValueLayout.JAVA_LONG, STACK_SLOTS);
        this.savedSp = program.localCount();
    }

    /** Runs {@code program} to its HALT (or its first error) on the generated tier-1 interpreter. */
    public static Outcome run(Program program) {
        try (Arena arena = Arena.ofConfined()) {
            StackMachine machine = new StackMachine(program, arena);
            Tier1Interpreter.run(machine);
            return new Outcome(machine.output.toString(), machine.error);
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

    @Override
    public boolean statsEnabled() {
        return false;
    }

    @Override
    public void countExecution(int opcode) {}

    @Override
    public void countMiss(int opcode) {}

    @Override
    public boolean evalBreakerPending() {
        return false; // nothing interrupts this machine: no signals, no collector, no tier-up yet
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
}
