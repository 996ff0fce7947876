package dev.bytecodedsl.cases.analysis;

import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.Statements;
import dev.bytecodedsl.grammar.ast.Stmt;
import dev.bytecodedsl.diagnostics.Diagnostics;
import java.util.List;
import java.util.Optional;

/**
 * Rules that come from how interpreters execute instructions rather than from the body language:
 * where errors unwind to, what a deoptimizing instruction falls back to, and what a label body may
 * do. Breaking them would make generated code wrong or uncompilable, so they are reported here,
 * with positions, instead of surfacing as generator failures.
 */
final class InterpreterChecks {

    /** The label ERROR_IF, ERROR_NO_POP and a failed eval-breaker check unwind to. */
    static final String ERROR_LABEL = "error";

    private final Declarations declarations;
    private final Diagnostics diagnostics;

    InterpreterChecks(Declarations declarations, Diagnostics diagnostics) {
        this.declarations = declarations;
        this.diagnostics = diagnostics;
    }

    void check(List<Instruction> instructions) {
        if (!declarations.labels().containsKey(ERROR_LABEL)) {
            instructions.stream()
                    .filter(i -> i.flags().contains(Flag.MAY_ERROR) || i.flags().contains(Flag.EVAL_BREAK))
                    .findFirst()
                    .ifPresent(i -> diagnostics.error(i.pos(), "'" + i.name() + "' may raise or check the eval"
                            + " breaker, but there is no 'label(" + ERROR_LABEL + ") { ... }' to unwind to"));
        }
        declarations.labels().values().forEach(this::checkLabel);
        instructions.forEach(this::checkDeopts);
        instructions.forEach(this::checkFrameReloads);
    }

    /**
     * RELOAD_FRAME ends the instruction in another frame: an op after it would run on the new
     * frame's stack and locals, so the op that switches frames must be its instruction's last.
     */
    private void checkFrameReloads(Instruction instruction) {
        List<Op> ops = instruction.ops();
        for (Op op : ops.subList(0, Math.max(0, ops.size() - 1))) {
            Statements.all(op.definition().body()).stream()
                    .filter(s -> s instanceof Stmt.ReloadFrame)
                    .findFirst()
                    .ifPresent(s -> diagnostics.error(instruction.pos(), "in '" + instruction.name() + "', op '"
                            + op.name() + "' uses RELOAD_FRAME but is not the last op: the ops after it would run"
                            + " in the new frame"));
        }
    }

    /** A label runs after its instruction has left: the instruction-only statements mean nothing there. */
    private void checkLabel(Definition.LabelDef label) {
        for (Stmt statement : specialStatements(label.body())) {
            diagnostics.error(statement.pos(), describe(statement) + " is not allowed in label '" + label.name()
                    + "': a label runs after the instruction has left, so only helper calls make sense there");
        }
    }

    /**
     * DEOPT_IF and EXIT_IF re-execute the instruction as its family head, so the instruction must
     * have one, and the ops before the deoptimizing one must have left the stack as they found it.
     */
    private void checkDeopts(Instruction instruction) {
        List<Op> ops = instruction.ops();
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            Optional<Stmt> exit = firstDeopt(op.definition().body());
            if (exit.isEmpty()) {
                continue;
            }
            if (instruction.family().isEmpty()) {
                diagnostics.error(instruction.pos(), "'" + instruction.name() + "' may deoptimize (op '" + op.name()
                        + "' has " + describe(exit.get()) + ") but belongs to no family, so tier 1 has no generic"
                        + " instruction to fall back to");
            }
            for (Op earlier : ops.subList(0, i)) {
                if (!leavesStackUnchanged(earlier)) {
                    diagnostics.error(instruction.pos(), "in '" + instruction.name() + "', op '" + earlier.name()
                            + "' changes the stack before '" + op.name() + "', which may deoptimize: the generic"
                            + " instruction must find the stack as this one did (put guards first)");
                }
            }
        }
    }

    /** Every output is the input of the same name at the same place, and the body assigns none. */
    static boolean leavesStackUnchanged(Op op) {
        if (op.inputs().size() != op.outputs().size()) {
            return false;
        }
        for (int i = 0; i < op.inputs().size(); i++) {
            Slot in = op.inputs().get(i);
            Slot out = op.outputs().get(i);
            if (!in.name().equals(out.name()) || !in.size().sameAs(out.size()) || assigns(op.definition().body(), out.name())) {
                return false;
            }
        }
        return true;
    }

    private static boolean assigns(Stmt statement, String name) {
        return Statements.all(statement).stream().anyMatch(s -> s instanceof Stmt.Assign a && a.target().equals(name));
    }

    private static Optional<Stmt> firstDeopt(Stmt body) {
        return Statements.all(body).stream()
                .filter(s -> s instanceof Stmt.ConditionalExit e && e.kind() != Stmt.ExitKind.ERROR)
                .findFirst();
    }

    private static List<Stmt> specialStatements(Stmt body) {
        return Statements.all(body).stream()
                .filter(s -> s instanceof Stmt.ConditionalExit || s instanceof Stmt.ErrorNoPop
                        || s instanceof Stmt.JumpBy || s instanceof Stmt.DispatchSameOparg
                        || s instanceof Stmt.DispatchExtendedOparg
                        || s instanceof Stmt.CheckEvalBreaker || s instanceof Stmt.Goto
                        || s instanceof Stmt.ReloadFrame)
                .toList();
    }

    private static String describe(Stmt statement) {
        return switch (statement) {
            case Stmt.ConditionalExit e -> e.kind() + "_IF";
            case Stmt.ErrorNoPop e -> "ERROR_NO_POP";
            case Stmt.JumpBy j -> "JUMPBY";
            case Stmt.DispatchSameOparg d -> "DISPATCH_SAME_OPARG";
            case Stmt.DispatchExtendedOparg d -> "DISPATCH_EXTENDED_OPARG";
            case Stmt.CheckEvalBreaker c -> "CHECK_EVAL_BREAKER";
            case Stmt.Goto g -> "goto";
            case Stmt.ReloadFrame r -> "RELOAD_FRAME";
            default -> statement.getClass().getSimpleName();
        };
    }
}
