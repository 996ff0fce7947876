package dev.bytecodedsl.cases.generate.lower;

import dev.bytecodedsl.grammar.ast.Stmt;

/**
 * The statements whose meaning is the tier's, not the body language's, written to a sink of type
 * {@code S} (a JavaPoet builder, a C writer). A tier that cannot run one (traces have no
 * {@code JUMPBY}) throws; the statement is passed where its position makes a better message.
 */
public interface SpecialStatements<S> {
    void conditionalExit(S out, Stmt.ExitKind kind, String condition);

    void errorNoPop(S out);

    void jumpBy(S out, Stmt.JumpBy statement, String offset);

    void dispatchSameOparg(S out, Stmt.DispatchSameOparg statement);

    void dispatchExtendedOparg(S out, Stmt.DispatchExtendedOparg statement);

    void checkEvalBreaker(S out);

    /** RELOAD_FRAME: the helpers switched frames; go on in the new current frame. */
    void reloadFrame(S out);

    void gotoLabel(S out, String label);

    /** Runs before a statement that calls an {@code escaping} helper: make the frame state visible. */
    void beforeEscapingCall(S out);
}
