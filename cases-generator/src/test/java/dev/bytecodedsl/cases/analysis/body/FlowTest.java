package dev.bytecodedsl.cases.analysis.body;

import static dev.bytecodedsl.cases.analysis.body.Check.assertClean;
import static dev.bytecodedsl.cases.analysis.body.Check.assertDiagnostics;

import org.junit.jupiter.api.Test;

/** Rules 7-9: definite assignment of outputs, consumption of stolen values, purity. */
class FlowTest {

    @Test
    void outputNotAssignedWhenIfHasNoElse() {
        assertDiagnostics("""
                type Value;
                inst(A, (x -- res)) {
                    if (oparg == 0) {
                        res = x;
                    }
                }
                """,
                "2:15: output 'res' of 'A' is not assigned on every path");
    }

    @Test
    void outputAssignedInBothBranches() {
        assertClean("""
                type Value;
                inst(A, (x -- res)) {
                    if (oparg == 0) { res = x; } else { res = GETCONST(0); }
                }
                """);
    }

    @Test
    void pathsLeavingTheBodyNeedNoOutput() {
        assertClean("""
                type Value;
                label(error) { }
                inst(A, (x -- res)) {
                    if (oparg == 0) { ERROR_NO_POP(); }
                    else if (oparg == 1) { goto error; }
                    else if (oparg == 2) { DISPATCH_SAME_OPARG(); }
                    else { res = x; }
                }
                """);
    }

    @Test
    void conditionalExitsDoNotEndThePath() {
        assertDiagnostics("""
                type Value;
                inst(A, (x -- res)) {
                    DEOPT_IF(oparg == 0);
                    ERROR_IF(oparg == 1);
                }
                """,
                "2:15: output 'res' of 'A' is not assigned on every path");
    }

    @Test
    void loopBodiesMayRunZeroTimes() {
        assertDiagnostics("""
                type Value;
                inst(A, (x -- res, other, unused, arr[oparg], x)) {
                    for (int i = 0; i < oparg; i += 1) {
                        res = x;
                    }
                    while (oparg > 0) { other = x; break; }
                }
                """,
                "2:15: output 'res' of 'A' is not assigned on every path",
                "2:20: output 'other' of 'A' is not assigned on every path");
    }

    @Test
    void useAfterConsume() {
        assertDiagnostics("""
                type Value;
                extern escaping void decref(steal Value v);
                extern bool is_int(Value v);
                inst(A, (x --)) {
                    decref(x);
                    bool b = is_int(x);
                }
                """,
                "6:21: input 'x' used after it was consumed (consumed at 5:12)");
    }

    @Test
    void consumptionIsFlowSensitive() {
        assertDiagnostics("""
                type Value;
                extern escaping void decref(steal Value v);
                extern bool is_int(Value v);
                inst(A, (x, y -- )) {
                    Value v = GETCONST(0);
                    if (oparg == 0) { decref(x); } else { bool ok = is_int(x); }
                    if (oparg == 1) { decref(v); v = GETCONST(1); }
                    bool a = is_int(v) || is_int(x);
                    while (oparg > 2) {
                        bool c = is_int(y);
                        SETLOCAL(0, y);
                    }
                }
                """,
                "8:34: input 'x' used after it was consumed (consumed at 6:30)",
                "10:25: input 'y' used after it was consumed (consumed at 11:21)",
                // The second iteration passes y again.
                "11:21: input 'y' used after it was consumed (consumed at 11:21)");
    }

    @Test
    void consumedLocalIsAValue() {
        assertDiagnostics("""
                type Value;
                inst(A, (--)) {
                    Value v = GETCONST(0);
                    SETLOCAL(0, v);
                    SETLOCAL(1, v);
                }
                """,
                "5:17: value 'v' used after it was consumed (consumed at 4:17)");
    }

    @Test
    void passThroughConsumed() {
        assertDiagnostics("""
                type Value;
                inst(A, (x -- x)) {
                    if (oparg == 0) { SETLOCAL(0, x); }
                }
                inst(B, (y -- y)) {
                    SETLOCAL(0, y);
                    y = GETLOCAL(1);
                }
                """,
                "2:15: input 'x' is consumed but also pushed as output (consumed at 3:35)");
    }

    @Test
    void pureOpCallingEscapingHelper() {
        assertDiagnostics("""
                type Value;
                extern escaping Value box(int i);
                extern Value small(int i);
                pure op(_A, (x -- res)) {
                    res = small(oparg);
                    res = box(oparg);
                    SETLOCAL(0, x);
                }
                op(_B, (-- res)) {
                    res = box(oparg);
                }
                """,
                "6:11: pure op '_A' calls escaping helper 'box'",
                "7:5: pure op '_A' calls 'SETLOCAL', which has side effects");
    }

    /** Folding evaluates a pure op on constants, where there is no code to write back to. */
    @Test
    void pureOpWritingItsCache() {
        assertDiagnostics("""
                type Value;
                pure op(_A, (seen/1, x -- x)) {
                    seen = seen + 1;
                }
                """,
                "3:5: pure op '_A' writes cache entry 'seen'");
    }
}
