package dev.bytecodedsl.grammar.ast;

import dev.bytecodedsl.diagnostics.SourcePos;
import java.util.List;
import java.util.Optional;

/** A statement of an instruction, op or label body. */
public sealed interface Stmt {

    SourcePos pos();

    /** {@code { ... }}: introduces a scope for locals. */
    record Block(SourcePos pos, List<Stmt> statements) implements Stmt {
        public Block {
            statements = List.copyOf(statements);
        }
    }

    /** {@code int x = expr;}: every local is initialized where it is declared. */
    record LocalDecl(SourcePos pos, TypeRef type, String name, Expr init) implements Stmt {}

    /** {@code target op= value;} where target is a local, an output, or an element of a stack array. */
    record Assign(SourcePos pos, String target, Optional<Expr> index, AssignOp op, Expr value) implements Stmt {}

    /** A call evaluated for its effect. */
    record ExprStmt(SourcePos pos, Expr expr) implements Stmt {}

    record If(SourcePos pos, Expr condition, Stmt then, Optional<Stmt> otherwise) implements Stmt {}

    record While(SourcePos pos, Expr condition, Stmt body) implements Stmt {}

    record For(SourcePos pos, Optional<Stmt> init, Optional<Expr> condition, Optional<Stmt> update, Stmt body)
            implements Stmt {}

    record Break(SourcePos pos) implements Stmt {}

    record Continue(SourcePos pos) implements Stmt {}

    /** {@code goto label;}: leaves the instruction for a shared exit path declared with {@code label}. */
    record Goto(SourcePos pos, String label) implements Stmt {}

    /** {@code return e;} or {@code return;}: only in a {@code func} body. */
    record Return(SourcePos pos, Optional<Expr> value) implements Stmt {}

    /**
     * {@code DEOPT_IF(c)}, {@code EXIT_IF(c)}, {@code ERROR_IF(c)}: leave the instruction when c holds.
     * DEOPT re-executes the generic instruction; EXIT leaves a trace through a side exit (in tier 1 it
     * behaves like DEOPT); ERROR pops the inputs and unwinds.
     */
    record ConditionalExit(SourcePos pos, ExitKind kind, Expr condition) implements Stmt {}

    enum ExitKind {
        DEOPT,
        EXIT,
        ERROR
    }

    /** {@code ERROR_NO_POP()}: unwind with the inputs still on the stack. */
    record ErrorNoPop(SourcePos pos) implements Stmt {}

    /** {@code JUMPBY(n)}: continue at the instruction n code units after the next one. */
    record JumpBy(SourcePos pos, Expr offset) implements Stmt {}

    /** {@code DISPATCH_SAME_OPARG()}: re-dispatch the (just rewritten) current instruction. */
    record DispatchSameOparg(SourcePos pos) implements Stmt {}

    /**
     * {@code DISPATCH_EXTENDED_OPARG()}: dispatch the next instruction with {@code (oparg << 8) | its own
     * oparg}, as CPython's EXTENDED_ARG does, so opargs (jump distances, indices) may exceed 8 bits.
     */
    record DispatchExtendedOparg(SourcePos pos) implements Stmt {}

    /** {@code CHECK_EVAL_BREAKER()}: a point where the VM may handle pending events. */
    record CheckEvalBreaker(SourcePos pos) implements Stmt {}

    /**
     * {@code RELOAD_FRAME()}: the helpers this op called switched the current frame (a call pushed the
     * callee's, a return popped back to the caller's); the instruction or uop ends here and execution
     * goes on in the new current frame, where its saved state says.
     */
    record ReloadFrame(SourcePos pos) implements Stmt {}
}
