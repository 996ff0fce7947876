package dev.bytecodedsl.cases.analysis.body;

import static dev.bytecodedsl.cases.analysis.body.Check.assertDiagnostics;

import org.junit.jupiter.api.Test;

/** Constants and helper declarations. */
class DeclarationChecksTest {

    @Test
    void constantInitializers() {
        assertDiagnostics("""
                type Value;
                const int A = 1 + 2;
                const int B = 1.5;
                const Value C = 1;
                const int D = to_int(1.0);
                const int E = oparg;
                const bool F = A > 2;
                const Nope G = 1;
                """,
                "3:15: type error: constant 'B' is int but its value is double",
                "4:7: constant 'C' must be int, double or bool, got Value",
                "5:15: a constant's value cannot call 'to_int'",
                "6:15: unknown identifier 'oparg'",
                "8:7: unknown type 'Nope'");
    }

    @Test
    void circularConstants() {
        assertDiagnostics("""
                const int A = B + 1;
                const int B = A * 2;
                const int C = C;
                const int D = A;
                """,
                "1:15: constant 'A' is defined in terms of itself",
                "2:15: constant 'B' is defined in terms of itself",
                "3:15: constant 'C' is defined in terms of itself");
    }

    @Test
    void helperSignatures() {
        assertDiagnostics("""
                type Value;
                extern bool floor(double d);
                extern Nope f(Value v);
                extern void g(void v, Value v, steal int n, Missing m);
                extern Value[] h();
                extern escaping void ok(steal Value v, steal Value[] items, int n);
                """,
                "2:13: helper 'floor' redefines a built-in intrinsic",
                "3:8: unknown type 'Nope'",
                "4:15: parameter 'v' of 'g' cannot have type void",
                "4:23: parameter 'v' of 'g' is already defined",
                "4:32: steal parameter 'n' of 'g' must have a word type, got int",
                "4:45: unknown type 'Missing'",
                "5:8: helper 'h' cannot return an array");
    }
}
