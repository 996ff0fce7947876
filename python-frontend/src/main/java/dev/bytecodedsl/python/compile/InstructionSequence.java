package dev.bytecodedsl.python.compile;

import dev.bytecodedsl.generated.Opcodes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What code generation appends to: instructions in emission order, labels placed between them, the
 * current source line and the stack of exception handlers in force (each instruction is tagged with
 * the innermost). Handlers are pushed and popped lexically; unwinding code for return/break inside
 * a try pops them temporarily, like CPython's POP_BLOCK, so it is not covered by them.
 */
final class InstructionSequence {

    private final List<Instr> instrs = new ArrayList<>();
    /** Label -> index of the instruction it precedes (may equal size(): the end). */
    private final Map<Label, Integer> labels = new IdentityHashMap<>();
    private final Deque<Handler> handlers = new ArrayDeque<>();
    private int line;

    InstructionSequence(int firstLine) {
        this.line = firstLine;
    }

    void setLine(int line) {
        this.line = line;
    }

    int line() {
        return line;
    }

    void emit(int opcode, int oparg) {
        instrs.add(new Instr(opcode, oparg, null, line, handlers.peek()));
    }

    void emit(int opcode) {
        emit(opcode, 0);
    }

    void emitJump(int opcode, Label target) {
        instrs.add(new Instr(opcode, 0, target, line, handlers.peek()));
    }

    void place(Label label) {
        if (labels.putIfAbsent(label, instrs.size()) != null) {
            throw new IllegalStateException("label placed twice: " + label);
        }
    }

    /** Starts a protected range: the SETUP_FINALLY pseudo-instruction tells the stack-depth pass the depth. */
    Handler pushHandler(Label target) {
        Handler handler = new Handler(target);
        instrs.add(new Instr(Opcodes.SETUP_FINALLY, 0, target, line, handlers.peek()));
        handlers.push(handler);
        return handler;
    }

    void popHandler() {
        handlers.pop();
        instrs.add(new Instr(Opcodes.POP_BLOCK, 0, null, line, handlers.peek()));
    }

    /** For unwinding: leaves the handler's range without ending it lexically; see {@link #resume}. */
    Handler suspendHandler() {
        return handlers.pop();
    }

    void resume(Handler handler) {
        handlers.push(handler);
    }

    /** Whether the last instruction emitted never falls through (dead code follows until a label). */
    boolean endsWithTerminator() {
        return !instrs.isEmpty() && instrs.getLast().isTerminator();
    }

    List<Instr> instructions() {
        return instrs;
    }

    Map<Label, Integer> labels() {
        return labels;
    }
}
