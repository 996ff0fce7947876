package dev.bytecodedsl.cases.analysis.body;

import static dev.bytecodedsl.cases.analysis.body.Check.assertDiagnostics;

import org.junit.jupiter.api.Test;

/**
 * {@code if (native_code())}: each target lowers one branch, so the condition stands alone and the
 * machine-code-only intrinsics appear only in the then branch of an op.
 */
class NativeCodeTest {

    @Test
    void machineCodeOnlyIntrinsicsInTheThenBranchAreValid() {
        assertDiagnostics("""
                type Value;
                extern escaping void push(Value v);
                op(_CALL, (f, args[oparg] --)) {
                    if (native_code()) {
                        int sp = values_address(args);
                        set_frame(locals_address() + instruction_offset(), sp);
                    } else {
                        push(f);
                    }
                    RELOAD_FRAME();
                }
                """);
    }

    @Test
    void nativeCodeIsOnlyAnIfsWholeCondition() {
        assertDiagnostics("""
                type Value;
                op(_A, (v --)) {
                    bool n = native_code();
                    if (native_code() && n) { }
                    while (native_code()) { }
                }
                """,
                "3:14: '_A': native_code() is allowed only as the whole condition of an if (each target lowers one of its branches)",
                "4:9: '_A': native_code() is allowed only as the whole condition of an if (each target lowers one of its branches)",
                "5:12: '_A': native_code() is allowed only as the whole condition of an if (each target lowers one of its branches)");
    }

    @Test
    void machineCodeOnlyIntrinsicsOutsideTheThenBranch() {
        assertDiagnostics("""
                type Value;
                op(_A, (args[oparg] --)) {
                    int a = locals_address();
                    if (native_code()) { } else { set_frame(a, values_address(args)); }
                }
                func int f() { return instruction_offset(); }
                """,
                "3:13: '_A': locals_address exists only in machine code: call it in the then branch of if (native_code())",
                "4:35: '_A': set_frame exists only in machine code: call it in the then branch of if (native_code())",
                "4:48: '_A': values_address exists only in machine code: call it in the then branch of if (native_code())",
                "6:23: function 'f' cannot call instruction_offset: functions are lowered once for every target"
                        + " (use it in an op, under if (native_code()))");
    }
}
