package dev.bytecodedsl.cases.analysis.body;

import static dev.bytecodedsl.cases.analysis.body.Check.assertDiagnostics;

import org.junit.jupiter.api.Test;

/** {@code func} definitions: signatures, bodies, returns, what functions may not do, and their callers. */
class FunctionsTest {

    @Test
    void validFunctionsAndCallsHaveNoDiagnostics() {
        assertDiagnostics("""
                type Value;
                const int TAG = 1;
                extern escaping Value box(int i);
                func int untag(Value v) { return value_bits(v) >> TAG; }
                func bool is_small(Value v) { return (value_bits(v) & TAG) != 0; }
                func Value boxed(int i) { return box(twice(i)); }
                func int twice(int i) {
                    int r = 0;
                    for (int k = 0; k < 2; k += 1) { r += i; }
                    return r;
                }
                func void mark(Value v) { if (is_small(v)) { return; } set_heap_word(v, 1, 0); }
                op(_A, (v -- r: int)) { r = is_small(v) ? untag(v) : 0; mark(v); }
                op(_B, (i: int -- v)) { v = boxed(i); }
                """);
    }

    @Test
    void signatures() {
        assertDiagnostics("""
                type Value;
                func int floor(double d) { return 0; }
                func Nope f(Value v) { return v; }
                func void g(void v, Value v, steal Value s, Value[] a, Missing m) { }
                func Value[] h() { return 0; }
                const int K = 1;
                func int K() { return 1; }
                extern int e();
                func int e() { return 1; }
                func int p(int K) { return K; }
                """,
                "2:10: function 'floor' redefines a built-in intrinsic",
                "3:6: unknown type 'Nope'",
                "4:13: parameter 'v' of function 'g' cannot have type void",
                "4:21: parameter 'v' of function 'g' is already defined",
                "4:30: parameter 's' of function 'g' cannot steal: functions do not consume values",
                "4:45: parameter 'a' of function 'g' cannot be an array (stack arrays stay in their op)",
                "4:56: unknown type 'Missing'",
                "5:6: function 'h' cannot return an array",
                "7:10: duplicate name 'K' (first defined at t.def:6:11)",
                "9:10: duplicate name 'e' (first defined at t.def:8:12)",
                "10:12: parameter 'K' of function 'p' is already defined (constant at 6:11)");
    }

    @Test
    void returns() {
        assertDiagnostics("""
                type Value;
                func int a(int x) { if (x > 0) { return 1; } }
                func int b(int x) { return; }
                func void c(int x) { return x; }
                func int d(double x) { return x; }
                func int e(int x) { while (true) { return x; } }
                func int f(int x) { return x; x = 1; }
                func int g(int x) { if (x > 0) { return 1; } else { return 2; } }
                op(_A, (--)) { return; }
                """,
                "2:10: function 'a' may end without returning a value (every path must end with 'return')",
                "3:21: function 'b' must return a value of type int",
                "4:29: function 'c' returns void: return takes no value",
                "5:31: type error: function 'd' returns int, got double",
                "6:10: function 'e' may end without returning a value (every path must end with 'return')",
                "7:10: function 'f' may end without returning a value (every path must end with 'return')",
                "7:31: cannot assign to parameter 'x'",
                "7:31: unreachable statement: the statement at line 7:21 never completes",
                "9:16: return outside a function (an instruction body ends by running to its end)");
    }

    @Test
    void functionsOnlyCompute() {
        assertDiagnostics("""
                type Value;
                extern escaping void keep(steal Value v);
                label(error) { }
                func void f(Value v, int i) {
                    DEOPT_IF(i > 0);
                    EXIT_IF(i > 1);
                    ERROR_IF(i > 2);
                    JUMPBY(1);
                    CHECK_EVAL_BREAKER();
                    Value l = GETLOCAL(0);
                    SETLOCAL(0, v);
                    Value c = GETCONST(i);
                    Value n = GETNAME(i);
                    keep(v);
                    goto error;
                }
                """,
                "5:5: DEOPT_IF is not allowed in function 'f': functions only compute and call helpers",
                "6:5: EXIT_IF is not allowed in function 'f': functions only compute and call helpers",
                "7:5: ERROR_IF is not allowed in function 'f': functions only compute and call helpers",
                "8:5: JUMPBY is not allowed in function 'f': functions only compute and call helpers",
                "9:5: CHECK_EVAL_BREAKER is not allowed in function 'f': functions only compute and call helpers",
                "10:15: function 'f' cannot call GETLOCAL: functions have no frame (pass the value in)",
                "11:5: function 'f' cannot call SETLOCAL: functions have no frame (pass the value in)",
                "12:15: function 'f' cannot call GETCONST: functions have no frame (pass the value in)",
                "13:15: function 'f' cannot call GETNAME: functions have no frame (pass the value in)",
                "14:10: function 'f' cannot pass a value to steal parameter 'v' of 'keep': functions do not consume values",
                "15:5: goto is not allowed in function 'f': functions only compute and call helpers");
    }

    @Test
    void recursionDirectOrMutualIsRejected() {
        assertDiagnostics("""
                func int f(int x) { return x > 0 ? f(x - 1) : 0; }
                func int g(int x) { return h(x); }
                func int h(int x) { return k(x) + g(x); }
                func int k(int x) { return x; }
                """,
                "1:36: recursive call: 'f' calls itself; functions may not be recursive (stencils inline them into the uop)",
                "2:28: recursive call: 'g' calls 'h', which calls 'g'; functions may not be recursive"
                        + " (stencils inline them into the uop)",
                "3:35: recursive call: 'h' calls 'g', which calls 'h'; functions may not be recursive"
                        + " (stencils inline them into the uop)");
    }

    @Test
    void callSitesAreChecked() {
        assertDiagnostics("""
                type Value;
                func int f(int a, double b) { return a; }
                op(_A, (v -- r: int)) {
                    r = f(1);
                    r = f(1, 2);
                    r = f(v, 2.0);
                    bool b = f(1, 2.0);
                    r = nope(1);
                }
                """,
                "4:9: 'f' expects 2 arguments, got 1",
                "5:14: argument 2 of 'f' must be double, got int",
                "6:11: argument 1 of 'f' must be int, got Value",
                "7:14: type error: cannot assign int to 'b' of type bool",
                "8:9: unknown function 'nope'");
    }

    @Test
    void escapingAndSideEffectsPropagateToPureOps() {
        assertDiagnostics("""
                type Value;
                extern escaping Value box(int i);
                func Value boxed(int i) { return box(i); }
                func Value indirect(int i) { return boxed(i); }
                func void store(Value v) { set_heap_word(v, 1, 0); }
                func int plain(int i) { return i + 1; }
                pure op(_A, (i: int -- v)) { v = indirect(i); }
                pure op(_B, (v -- v)) { store(v); }
                pure op(_C, (i: int -- r: int)) { r = plain(i); }
                """,
                "7:34: pure op '_A' calls escaping helper 'indirect'",
                "8:25: pure op '_B' calls 'store', which has side effects");
    }
}
