package dev.bytecodedsl.cases.analysis;

import static dev.bytecodedsl.cases.analysis.DslTestSupport.PRELUDE;
import static dev.bytecodedsl.cases.analysis.DslTestSupport.analyzeClean;
import static dev.bytecodedsl.cases.analysis.DslTestSupport.assertDiagnostics;

import org.junit.jupiter.api.Test;

/**
 * Inputs the analyzer used to accept although the Java generated from them does not compile (or the
 * generator crashed): names that clash with generated members or keywords, over-long names,
 * statements after an unconditional exit, and impossible constant array sizes. Each is now a
 * positioned diagnostic.
 */
class GeneratedNameDiagnosticsTest {

    @Test
    void externClashingWithAnInterpreterContextMethod() {
        assertDiagnostics(PRELUDE + """
                extern int code();
                """,
                "4:12: extern 'code' clashes with the generated method InterpreterContext.code(); choose another name");
    }

    @Test
    void externWhoseJavaNameClashes() {
        assertDiagnostics(PRELUDE + """
                extern int save_state(int a);
                extern int hash_code();
                extern int take_failure();
                extern int _new();
                """,
                "4:12: extern 'save_state' (as 'saveState') clashes with the generated method"
                        + " InterpreterContext.saveState(); choose another name",
                "5:12: extern 'hash_code' (as 'hashCode') clashes with the generated method Object.hashCode();"
                        + " choose another name",
                "6:12: extern 'take_failure' (as 'takeFailure') clashes with the generated method"
                        + " JitHelpers.takeFailure(); choose another name",
                "7:12: extern '_new' would be the Java method 'new', which is not a valid name; choose another name");
    }

    @Test
    void externsAndLabelsThatBecomeOneGeneratedName() {
        assertDiagnostics(PRELUDE + """
                extern int foo_bar();
                extern int fooBar();
                label(ERROR) { }
                """,
                "5:12: 'fooBar' and 'foo_bar' (at t.def:4:12) both become the generated Java method fooBar; rename one",
                "6:7: 'ERROR' and 'error' (at t.def:1:19) both become the generated status constant LABEL_ERROR;"
                        + " rename one");
    }

    @Test
    void instructionsClashingWithOpcodesAndUopsMembers() {
        assertDiagnostics(PRELUDE + """
                inst(NAMES, (--)) { }
                op(LIMIT, (--)) { }
                macro(CACHE) = LIMIT;
                op(MAX_UOP_ID, (--)) { }
                op(Registers, (--)) { }
                op(FUSED_A, (--)) { }
                """,
                "4:6: instruction 'NAMES' clashes with the generated field Opcodes.NAMES; choose another name",
                "5:4: op 'LIMIT' clashes with the generated field Uops.LIMIT; choose another name",
                "6:7: instruction 'CACHE' clashes with the generated field Opcodes.CACHE; choose another name",
                "7:4: op 'MAX_UOP_ID' clashes with the generated field Uops.MAX_UOP_ID; choose another name",
                "8:4: op 'Registers' clashes with the type Registers that UopCell uses; choose another name",
                "9:4: op 'FUSED_A' starts with 'FUSED_', which is reserved for the fused cells of UopCell;"
                        + " choose another name");
    }

    @Test
    void instructionNamedByAKeyword() {
        assertDiagnostics(PRELUDE + """
                inst(synchronized, (--)) { }
                op(_Atomic, (--)) { }
                """,
                "4:6: instruction 'synchronized' is a reserved word in Java or C; choose another name",
                "5:4: op '_Atomic' is a reserved word in Java or C; choose another name");
    }

    @Test
    void namesLongerThanTheLimit() {
        String longName = "N".repeat(ReservedNames.MAX_IDENTIFIER_LENGTH + 1);
        assertDiagnostics(PRELUDE + "const int " + longName + " = 1;\ninst(" + longName + "X, (--)) { }\n",
                "4:11: name 'NNNNNNNNNNNNNNNNNNNN...' is 1001 characters long; names are at most 1000",
                "5:6: instruction 'NNNNNNNNNNNNNNNNNNNN...' is 1002 characters long; names are at most 1000");
        analyzeClean(PRELUDE + "const int " + "N".repeat(ReservedNames.MAX_IDENTIFIER_LENGTH) + " = 1;\n"
                + "inst(A, (--)) { }\n");
    }

    @Test
    void statementAfterGoto() {
        assertDiagnostics(PRELUDE + """
                inst(A, (--)) {
                    goto error;
                    int x = 1;
                }
                """,
                "6:5: unreachable statement: the statement at line 5:5 never completes");
    }

    @Test
    void statementAfterAnIfWhoseBranchesAllLeave() {
        assertDiagnostics(PRELUDE + """
                inst(A, (--)) {
                    for (int i = 0; i < oparg; i += 1) {
                        if (i == 2) { break; } else { continue; }
                        int y = i;
                    }
                    if (oparg == 1) { goto error; } else { ERROR_NO_POP(); }
                    int x = 1;
                }
                """,
                "7:9: unreachable statement: the statement at line 6:9 never completes",
                "10:5: unreachable statement: the statement at line 9:5 never completes");
    }

    @Test
    void infiniteLoopsAreAccepted() {
        // They lower to Java that compiles (GeneratedJavaCompilesTest): loop conditions are never constants.
        analyzeClean(PRELUDE + """
                inst(A, (--)) {
                    while (true) { }
                    int x = 1;
                }
                inst(B, (--)) {
                    for (;;) { if (oparg == 0) { break; } }
                }
                """);
    }

    @Test
    void negativeAndHugeConstantArraySizes() {
        assertDiagnostics(PRELUDE + """
                const int BIG = 1 << 62;
                inst(A, (values[-1] --)) { }
                inst(B, (values[BIG] --)) { }
                inst(C, (values[BIG * 4] --)) { }
                inst(D, (values[65536], more[oparg] --)) { }
                """,
                "5:17: array size of 'values' is -1; a constant size must be between 0 and 65536 stack slots",
                "6:17: array size of 'values' is 4611686018427387904; a constant size must be between 0 and 65536"
                        + " stack slots",
                "7:17: array size of 'values' overflows 64 bits; a constant size must be between 0 and 65536 stack slots");
    }
}
