package dev.bytecodedsl.cases.analysis.body;

import static dev.bytecodedsl.cases.analysis.body.Check.assertClean;

import org.junit.jupiter.api.Test;

class ValidBodyTest {

    @Test
    void validBodiesProduceNoDiagnostics() {
        assertClean("""
                type Value;
                const int TAG = 1;
                const double HALF = 0.5;
                const int MASK = (1 << 8) - TAG;
                const bool BIG = MASK > 100 && !false;
                extern bool is_int(Value v);
                extern escaping Value box(int i);
                extern escaping void consume(steal Value v);
                extern void store_all(Value[] items, int n);
                label(error) {
                    int n = TAG;
                    n += 1;
                    if (n > 2) { goto pop; }
                }
                label(pop) { }
                pure op(_ADD, (left, right -- res)) {
                    DEOPT_IF(!is_int(left));
                    int a = value_bits(left) >> TAG;
                    int b = value_bits(right) >> TAG;
                    EXIT_IF(add_overflows(a, b));
                    res = value_from_bits(((a + b) << TAG) | TAG);
                }
                inst(BUILD, (items[oparg], x, counter/1 -- out, x)) {
                    store_all(items, oparg);
                    int i = 0;
                    while (i < oparg) {
                        if (i == counter) { break; }
                        i += 1;
                    }
                    for (int j = 0; j < 3; j += 1) { continue; }
                    double d = to_double(i) * HALF;
                    bool big = BIG ? d > 10.0 : floor(d) != -HALF;
                    ERROR_IF(big);
                    if (oparg == 0) {
                        consume(x);
                        x = GETCONST(0);
                        out = x;
                    } else {
                        out = GETLOCAL(oparg);
                    }
                    CHECK_EVAL_BREAKER();
                    JUMPBY(-oparg);
                }
                inst(COPY, (src[oparg] -- src[oparg], dst[oparg])) {
                    for (int k = 0; k < oparg; k += 1) {
                        dst[k] = src[k];
                    }
                }
                inst(STORE_FAST, (v --)) {
                    SETLOCAL(oparg, v);
                }
                specializing inst(SPECIALIZE, (unused/1, v -- v)) {
                    DEOPT_IF(v == GETNAME(0));
                    DISPATCH_SAME_OPARG();
                }
                inst(FAIL, (v -- res)) {
                    if (oparg == 0) { goto error; }
                    ERROR_NO_POP();
                }
                inst(LOOP, (v -- res)) {
                    while (true) {
                        res = v;
                        break;
                    }
                }
                inst(PLAIN, (--)) {
                    { int t = 1; }
                    { int t = 2; }
                }
                """);
    }
}
