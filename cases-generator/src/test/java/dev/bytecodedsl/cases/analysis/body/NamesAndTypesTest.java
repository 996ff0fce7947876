package dev.bytecodedsl.cases.analysis.body;

import static dev.bytecodedsl.cases.analysis.body.Check.assertDiagnostics;

import org.junit.jupiter.api.Test;

/** Rules 1-6, 10 and 11: scopes, calls, operators, conditions, assignment targets, jumps, labels. */
class NamesAndTypesTest {

    @Test
    void unknownIdentifier() {
        assertDiagnostics("""
                type Value;
                inst(A, (x -- )) {
                    int n = y + 1;
                }
                """,
                "3:13: unknown identifier 'y'");
    }

    @Test
    void localsAreBlockScopedAndDeclaredBeforeUse() {
        assertDiagnostics("""
                type Value;
                inst(A, (--)) {
                    int a = b;
                    int b = 1;
                    { int c = 2; }
                    b = c;
                }
                """,
                "3:13: unknown identifier 'b'",
                "6:9: unknown identifier 'c'");
    }

    @Test
    void redefinitionOfAVisibleName() {
        assertDiagnostics("""
                type Value;
                const int K = 1;
                inst(A, (x, c/1 -- res)) {
                    Value x = res;
                    int c = 0;
                    int oparg = 0;
                    int K = 2;
                    int t = 0;
                    { int t = 1; }
                    res = x;
                }
                """,
                "4:5: 'x' is already defined (input at 3:10)",
                "5:5: 'c' is already defined (cache entry at 3:13)",
                "6:5: 'oparg' is already defined (the instruction's oparg)",
                "7:5: 'K' is already defined (constant at 2:11)",
                "9:7: 't' is already defined (local at 8:5)");
    }

    /** Found by the DSL fuzz test: Java read the constant where the body meant the stack item. */
    @Test
    void stackItemsAndCacheEntriesCannotTakeAConstantsName() {
        assertDiagnostics("""
                type Value;
                const int value = 1;
                const int hint = 2;
                inst(A, (hint/1 -- value)) {
                    value = value_from_bits(1);
                }
                """,
                "4:10: cache entry 'hint' has the name of a constant (constant at 3:11)",
                "4:20: stack item 'value' has the name of a constant (constant at 2:11)");
    }

    @Test
    void localsCannotBeVoidOrArrays() {
        assertDiagnostics("""
                type Value;
                inst(A, (--)) {
                    void v = 1;
                    Value[] a = 1;
                    Nope n = 1;
                }
                """,
                "3:5: local 'v' cannot have type void",
                "4:5: local 'a' cannot be an array",
                "5:5: unknown type 'Nope'");
    }

    @Test
    void unknownFunction() {
        assertDiagnostics("""
                type Value;
                inst(A, (--)) {
                    frobnicate(1);
                }
                """,
                "3:5: unknown function 'frobnicate'");
    }

    @Test
    void arity() {
        assertDiagnostics("""
                type Value;
                extern bool is_int(Value v);
                inst(A, (x --)) {
                    bool b = is_int(x, x);
                    double d = to_double();
                }
                """,
                "4:14: 'is_int' expects 1 argument, got 2",
                "5:16: 'to_double' expects 1 argument, got 0");
    }

    @Test
    void argumentType() {
        assertDiagnostics("""
                type Value;
                extern bool is_int(Value v);
                inst(A, (x --)) {
                    bool b = is_int(oparg);
                    bool o = add_overflows(1, 2.0);
                }
                """,
                "4:21: argument 1 of 'is_int' must be Value, got int",
                "5:31: argument 2 of 'add_overflows' must be int, got double");
    }

    /** A word array's address is an int (read from a heap word), not a Value; its words are ints too. */
    @Test
    void wordArraysAreAddressedByInts() {
        assertDiagnostics("""
                type Value;
                inst(A, (x --)) {
                    int w = load_word(x, 0);
                    store_word(value_bits(x), 1, x);
                    Value v = load_word(value_bits(x), 2);
                }
                """,
                "3:23: argument 1 of 'load_word' must be int, got Value",
                "4:34: argument 3 of 'store_word' must be int, got Value",
                "5:15: type error: cannot assign int to 'v' of type Value");
    }

    @Test
    void pureOpsMayNotStoreWords() {
        assertDiagnostics("""
                type Value;
                pure op(_A, (x -- x)) {
                    store_word(value_bits(x), 0, 0);
                }
                """,
                "3:5: pure op '_A' calls 'store_word', which has side effects");
    }

    @Test
    void voidCallUsedAsValue() {
        assertDiagnostics("""
                type Value;
                extern void note(int i);
                inst(A, (--)) {
                    int n = note(1);
                }
                """,
                "4:13: 'note' returns void and cannot be used as a value");
    }

    @Test
    void expressionStatementMustBeACall() {
        assertDiagnostics("""
                type Value;
                inst(A, (--)) {
                    oparg + 1;
                }
                """,
                "3:5: expression statement must be a call");
    }

    @Test
    void operatorTypeErrors() {
        assertDiagnostics("""
                type Value;
                inst(A, (x, y --)) {
                    int a = oparg + 1.5;
                    int b = oparg << 1.0;
                    bool c = x < y;
                    bool d = oparg == true;
                    bool e = oparg && true;
                    int f = ~1.0;
                    int g = -true;
                    bool h = !oparg;
                    int i = true ? 1 : 2.0;
                    Value ok = x;
                    bool j = x == ok;
                }
                """,
                "3:19: type error: operator '+' needs two ints or two doubles, got int and double",
                "4:19: type error: operator '<<' needs two ints, got int and double",
                "5:16: type error: operator '<' needs two ints or two doubles, got Value and Value",
                "6:20: type error: operator '==' needs two operands of the same type, got int and bool",
                "7:20: type error: operator '&&' needs two bools, got int and bool",
                "8:13: type error: operator '~' needs an int, got double",
                "9:13: type error: operator '-' needs an int or a double, got bool",
                "10:14: type error: operator '!' needs a bool, got int",
                "11:24: type error: branches of '?:' must have the same type, got int and double");
    }

    @Test
    void indexing() {
        assertDiagnostics("""
                type Value;
                inst(A, (arr[oparg], x --)) {
                    Value a = arr[1.0];
                    Value b = x[0];
                    Value c = arr[0];
                }
                """,
                "3:19: type error: array index must be int, got double",
                "4:15: type error: 'x' is not a stack array");
    }

    @Test
    void conditionsMustBeBool() {
        assertDiagnostics("""
                type Value;
                inst(A, (--)) {
                    if (oparg) { }
                    while (1) { }
                    for (; oparg;) { }
                    DEOPT_IF(oparg);
                    EXIT_IF(1.0);
                    ERROR_IF(oparg);
                    JUMPBY(true);
                }
                """,
                "3:9: condition must be bool, got int",
                "4:12: condition must be bool, got int",
                "5:12: condition must be bool, got int",
                "6:14: condition must be bool, got int",
                "7:13: condition must be bool, got double",
                "8:14: condition must be bool, got int",
                "9:12: the offset of JUMPBY must be int, got bool");
    }

    @Test
    void assignmentToReadOnlyNames() {
        assertDiagnostics("""
                type Value;
                const int K = 1;
                inst(A, (x, c/2, arr[2] -- x, res)) {
                    x = x;
                    res = x;
                    c = 1;
                    oparg = 1;
                    K = 2;
                    arr[0] = x;
                }
                inst(B, (y, history/1 -- z)) {
                    y = y;
                    z = y;
                    history = history << 1;
                }
                """,
                "6:5: cannot assign to cache entry 'c' of 2 code units (only one-unit entries are written back)",
                "7:5: cannot assign to oparg",
                "8:5: cannot assign to constant 'K'",
                "9:5: cannot assign to input 'arr'",
                "12:5: cannot assign to input 'y'");
    }

    @Test
    void assignmentTypes() {
        assertDiagnostics("""
                type Value;
                inst(A, (x -- out[2], res)) {
                    int n = 1.0;
                    n = true;
                    n += 1.0;
                    bool b = false;
                    b += true;
                    out[0] = 1;
                    out = x;
                    res = x;
                }
                """,
                "3:13: type error: cannot assign double to 'n' of type int",
                "4:9: type error: cannot assign bool to 'n' of type int",
                "5:5: type error: operator '+=' needs two ints or two doubles, got int and double",
                "7:5: type error: operator '+=' needs two ints or two doubles, got bool and bool",
                "8:14: type error: cannot assign int to 'out' of type Value",
                "9:5: cannot assign to array 'out' as a whole");
    }

    @Test
    void unknownLabel() {
        assertDiagnostics("""
                type Value;
                label(error) { }
                inst(A, (--)) {
                    if (oparg == 0) { goto error; }
                    goto nowhere;
                }
                """,
                "5:5: unknown label 'nowhere'");
    }

    @Test
    void breakAndContinueOutsideALoop() {
        assertDiagnostics("""
                type Value;
                inst(A, (--)) {
                    while (true) { if (oparg == 1) { break; } continue; }
                    break;
                }
                label(l) {
                    continue;
                }
                """,
                "4:5: break outside a loop",
                "7:5: continue outside a loop");
    }

    @Test
    void labelsSeeOnlyConstantsAndLocals() {
        assertDiagnostics("""
                type Value;
                const int K = 1;
                label(error) {
                    int n = K + oparg;
                }
                """,
                "4:17: unknown identifier 'oparg'");
    }

    @Test
    void oneRunReportsEveryError() {
        assertDiagnostics("""
                type Value;
                inst(A, (--)) {
                    int a = nope;
                    int b = a + 1.0;
                    missing();
                }
                """,
                "3:13: unknown identifier 'nope'",
                "4:15: type error: operator '+' needs two ints or two doubles, got int and double",
                "5:5: unknown function 'missing'");
    }
}
