package dev.bytecodedsl.cases.analysis;

import static dev.bytecodedsl.cases.analysis.DslTestSupport.PRELUDE;
import static dev.bytecodedsl.cases.analysis.DslTestSupport.assertDiagnostics;

import org.junit.jupiter.api.Test;

/** The rules that come from how the interpreters execute instructions, with message and position. */
class InterpreterChecksTest {

    /** Like PRELUDE, but without {@code label(error)}: the first line declares only the type. */
    private static final String NO_ERROR_LABEL = PRELUDE.replace(" label(error) { }", "");

    @Test
    void anInstructionThatMayRaiseNeedsAnErrorLabel() {
        assertDiagnostics(NO_ERROR_LABEL + """
                inst(ADD, (a, b -- c)) {
                    c = binary_op(0, a, b);
                    ERROR_IF(value_bits(c) == 0);
                }
                """,
                "4:6: 'ADD' may raise or check the eval breaker, but there is no 'label(error) { ... }' to unwind to");
    }

    @Test
    void aDeoptimizingInstructionMustBelongToAFamily() {
        assertDiagnostics(PRELUDE + """
                inst(CHECKED, (a -- a)) {
                    DEOPT_IF(!is_int(a));
                }
                """,
                "4:6: 'CHECKED' may deoptimize (op 'CHECKED' has DEOPT_IF) but belongs to no family, so tier 1 has"
                        + " no generic instruction to fall back to");
    }

    @Test
    void opsBeforeADeoptMustLeaveTheStackAsTheyFoundIt() {
        assertDiagnostics(PRELUDE + """
                inst(HEAD, (a -- b)) { b = a; }
                op(_PUSH, (a -- a, b)) { b = a; }
                op(_GUARDED_POP, (a, b -- c)) {
                    EXIT_IF(!is_int(a));
                    c = b;
                }
                macro(SPEC) = _PUSH + _GUARDED_POP;
                family(HEAD, 0) = { SPEC };
                """,
                "10:7: in 'SPEC', op '_PUSH' changes the stack before '_GUARDED_POP', which may deoptimize: the"
                        + " generic instruction must find the stack as this one did (put guards first)");
    }

    @Test
    void labelsMayNotUseInstructionOnlyStatements() {
        assertDiagnostics(PRELUDE + """
                label(cleanup) {
                    JUMPBY(1);
                }
                """,
                "5:5: JUMPBY is not allowed in label 'cleanup': a label runs after the instruction has left, so only"
                        + " helper calls make sense there");
    }

    @Test
    void theOpThatSwitchesFramesMustBeItsInstructionsLast() {
        assertDiagnostics(PRELUDE + """
                op(_SWITCH, (a --)) { RELOAD_FRAME(); }
                op(_AFTER, (--)) { }
                macro(CALLS) = _SWITCH + _AFTER;
                """,
                "6:7: in 'CALLS', op '_SWITCH' uses RELOAD_FRAME but is not the last op: the ops after it would run"
                        + " in the new frame");
    }

    @Test
    void framesAreSwitchedByInstructionsOnly() {
        assertDiagnostics(PRELUDE + """
                label(cleanup) {
                    RELOAD_FRAME();
                }
                pure op(_SWITCH, (--)) { RELOAD_FRAME(); }
                func void f() { RELOAD_FRAME(); }
                """,
                "5:5: RELOAD_FRAME is not allowed in label 'cleanup': a label runs after the instruction has left, so"
                        + " only helper calls make sense there",
                "7:26: pure op '_SWITCH' uses RELOAD_FRAME: switching frames is a side effect",
                "8:17: RELOAD_FRAME is not allowed in function 'f': functions only compute and call helpers");
    }

    @Test
    void namesStartingWithTwoUnderscoresBelongToGeneratedCode() {
        assertDiagnostics(PRELUDE + """
                inst(X, (__sp --)) { }
                """,
                "4:10: stack item '__sp' starts with '__', which is reserved for names in generated code");
    }

    @Test
    void aReplacementMustFitTheOpItReplaces() {
        assertDiagnostics(PRELUDE + """
                op(_JUMPING, (a --)) { JUMPBY(1); }
                replaces(_MISSING) op(_R1, (a --)) { }
                replaces(_JUMPING) op(_R2, (a, b --)) { }
                replaces(_R1) op(_R3, (a --)) { }
                replaces(_JUMPING) op(_R4, (a --)) { JUMPBY(2); }
                """,
                "5:1: '_R1' replaces '_MISSING', which is not an op",
                "6:1: '_R2' replaces '_JUMPING' but their stack effects differ",
                "7:1: '_R3' replaces '_R1', which runs in traces as it is",
                "8:1: '_R4' replaces '_JUMPING' in traces but cannot run there itself (jumps within tier-1 code (JUMPBY))");
    }

    /** A side trace continues a taken jump at the next instruction + oparg, so that must be where it goes. */
    @Test
    void aTakenStandInNeedsAJumpByOpargAndIsTheOnlyOne() {
        assertDiagnostics(PRELUDE + """
                op(_JUMPING, (a --)) { JUMPBY(1); }
                op(_BRANCH, (a --)) { if (value_bits(a) == 10) { JUMPBY(oparg); } }
                tier2 taken(_JUMPING) op(_T1, (a --)) { }
                tier2 taken(_BRANCH) op(_T2, (a --)) { }
                tier2 taken(_BRANCH) op(_T3, (a --)) { }
                """,
                "6:7: '_T1' stands in for taken '_JUMPING', which does not jump by exactly JUMPBY(oparg)",
                "8:7: '_T3' stands in for taken '_BRANCH', which already has a stand-in there ('_T2')");
    }

    /** The projector reads a jump's one written cache entry as its branch history. */
    @Test
    void aTakenJumpWritesAtMostOneCacheEntry() {
        assertDiagnostics(PRELUDE + """
                op(_BRANCH, (a/1, b/1, c --)) {
                    a = 1;
                    b = 2;
                    if (value_bits(c) == 10) { JUMPBY(oparg); }
                }
                tier2 taken(_BRANCH) op(_T, (c --)) { }
                """,
                "9:7: '_T' stands in for taken '_BRANCH', which writes more than one cache entry"
                        + " (a jump's only written entry is its branch history)");
    }
}
