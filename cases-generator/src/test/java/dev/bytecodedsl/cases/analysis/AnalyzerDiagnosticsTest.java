package dev.bytecodedsl.cases.analysis;

import static dev.bytecodedsl.cases.analysis.DslTestSupport.PRELUDE;
import static dev.bytecodedsl.cases.analysis.DslTestSupport.assertDiagnostics;

import org.junit.jupiter.api.Test;

/** One test per structural error the analyzer reports, asserting message and position. */
class AnalyzerDiagnosticsTest {

    @Test
    void unknownOpInMacro() {
        assertDiagnostics(PRELUDE + """
                op(_A, (--)) { }
                macro(M) = _A + _MISSING;
                """,
                "5:17: unknown op '_MISSING' in macro 'M'");
    }

    @Test
    void unknownFamilyMember() {
        assertDiagnostics(PRELUDE + """
                inst(HEAD, (a --)) { }
                family(HEAD, 0) = { SPEC };
                """,
                "5:21: unknown family member 'SPEC' in family 'HEAD'");
    }

    @Test
    void unknownFamilyHead() {
        assertDiagnostics(PRELUDE + """
                inst(SPEC, (a --)) { }
                family(HEAD, 0) = { SPEC };
                """,
                "5:8: unknown family head 'HEAD' (it must be an inst or a macro)");
    }

    @Test
    void duplicateInstructionNames() {
        assertDiagnostics(PRELUDE + """
                inst(A, (--)) { }
                op(A, (--)) { }
                """,
                "5:4: duplicate name 'A' (first defined at t.def:4:6)");
    }

    @Test
    void replicaNamedLikeAnotherOp() {
        assertDiagnostics(PRELUDE + """
                replicate(2) op(_LOAD, (-- v)) { v = GETLOCAL(oparg); }
                op(_LOAD_1, (-- v)) { v = GETLOCAL(1); }
                macro(LOAD) = _LOAD + _LOAD_1;
                """,
                "4:17: replica '_LOAD_1' of '_LOAD' has the name of another op");
    }

    @Test
    void duplicateDeclarations() {
        assertDiagnostics(PRELUDE + """
                const int X = 1;
                extern bool X(int a);
                """,
                "5:13: duplicate name 'X' (first defined at t.def:4:11)");
    }

    @Test
    void familyMemberWithDifferentStackEffect() {
        assertDiagnostics(PRELUDE + """
                inst(HEAD, (a, b -- c)) { c = a; }
                inst(SPEC, (a -- c)) { c = a; }
                family(HEAD, 0) = { SPEC };
                """,
                "6:21: family member 'SPEC' has stack effect (pops 1, pushes 1) but family head 'HEAD' has"
                        + " (pops 2, pushes 1)");
    }

    @Test
    void familyMemberWithDifferentCacheSize() {
        assertDiagnostics(PRELUDE + """
                inst(HEAD, (counter/1, a --)) { }
                op(_SPEC, (a --)) { }
                macro(SPEC) = _SPEC + unused/2;
                family(HEAD, 1) = { SPEC };
                """,
                "7:21: family member 'SPEC' has cache size 2 but family head 'HEAD' has 1");
    }

    @Test
    void familyCacheSizeDisagreesWithHead() {
        assertDiagnostics(PRELUDE + """
                inst(HEAD, (counter/1, a --)) { }
                family(HEAD, 2) = { HEAD };
                """,
                "5:14: family 'HEAD' declares cache size 2 but its head has cache size 1",
                "5:21: family head 'HEAD' cannot be its own member");
    }

    @Test
    void arraySizeMustBeAnExpressionOfOparg() {
        assertDiagnostics(PRELUDE + """
                const double SCALE = 2.0;
                inst(A, (n/1, items[n] --)) { }
                inst(B, (items[oparg * 2], rest[to_int(SCALE)] --)) { }
                """,
                "5:21: array size of 'items' must be an expression of oparg and constants (found 'n')",
                "6:33: array size of 'rest' must be an expression of oparg and constants (found a call of 'to_int')");
    }

    @Test
    void conditionOfItemMustBeABoolExpressionOfOparg() {
        assertDiagnostics(PRELUDE + """
                inst(A, (-- x if (oparg & 1))) { x = GETCONST(0); }
                """,
                "4:19: condition of 'x' must be a bool expression of oparg");
    }

    @Test
    void operandsInStackEffectsFollowTheOperatorTable() {
        // Found by DslFuzzTest: '(oparg || 1) != 0' was accepted and lowered to Java's 'oparg || 1L'.
        assertDiagnostics(PRELUDE + """
                inst(A, (x if (oparg || 1), y[-true], z if (oparg ? true : false) --)) { }
                inst(B, (w if (oparg > 0 ? true : 1) --)) { }
                """,
                "4:22: type error: operator '||' needs two bools, got int and int (in the condition of 'x')",
                "4:31: type error: operator '-' needs an int or a double, got bool (in the array size of 'y')",
                "4:45: condition of '?:' must be bool, got int (in the condition of 'z')",
                "5:35: type error: branches of '?:' must have the same type, got bool and int (in the condition of 'w')");
    }

    @Test
    void passedThroughArraysStayAsAndWhereTheyAre() {
        // Found by DslFuzzTest: SWAP with an output 'bottom_in[oparg - 2]' made the Java generator throw.
        assertDiagnostics(PRELUDE + """
                inst(A, (x, y -- x[oparg], y)) { }
                inst(B, (items[oparg] -- items[oparg + 1])) { }
                inst(C, (x if (oparg > 0), items[2] -- items[2])) { }
                inst(D, (x, items[oparg] -- x, items[oparg])) { }
                """,
                "4:18: 'x' of 'A' passes an input through, but only one side is an array",
                "5:26: 'items' of 'B' passes an input through, but its size changes from oparg to oparg + 1"
                        + " (a passed-through array stays as it is)",
                "6:40: 'items' of 'C' passes an input through, but it moves on the stack (the items below it"
                        + " change size); a passed-through array stays where it is");
    }

    @Test
    void cacheEntriesAreInputsOnly() {
        assertDiagnostics(PRELUDE + """
                inst(A, (-- c/1)) { }
                """,
                "4:13: cache entry 'c' of 'A' must be an input (cache entries are read, never pushed)");
    }

    @Test
    void cacheEntrySizesAreOneTwoOrFour() {
        assertDiagnostics(PRELUDE + """
                inst(A, (c/3 --)) { }
                """,
                "4:10: cache entry 'c' of 'A' has size 3; sizes are 1, 2 or 4 code units");
    }

    @Test
    void duplicateStackItems() {
        assertDiagnostics(PRELUDE + """
                inst(A, (x, x --)) { }
                """,
                "4:13: duplicate input 'x' in 'A'");
    }

    @Test
    void unknownPseudoTargetAndFlag() {
        assertDiagnostics(PRELUDE + """
                inst(A, (--)) { }
                pseudo(P, (--), (HAS_ARG, FAST)) = { A, B };
                """,
                "5:27: unknown flag 'FAST' in pseudo 'P'",
                "5:41: unknown target 'B' of pseudo 'P' (targets must be instructions)");
    }

    @Test
    void annotationRules() {
        assertDiagnostics(PRELUDE + """
                tier1 tier2 op(_A, (--)) { }
                replicate(4) inst(B, (--)) { }
                override op(_C, (--)) { }
                """,
                "4:16: '_A' cannot be both tier1 and tier2",
                "5:1: replicate applies to ops only",
                "6:1: 'override' is only allowed in an optimizer overrides file");
    }

    @Test
    void macroWhoseOpsDisagreeOnSizes() {
        assertDiagnostics(PRELUDE + """
                op(_PUSH, (-- items[oparg])) { }
                op(_POP, (x --)) { }
                macro(M) = _PUSH + _POP;
                """,
                "6:7: in 'M', op '_POP' pops 'x' of size 1 but the previous op pushed 'items' of size oparg");
    }

    @Test
    void missingValueType() {
        assertDiagnostics("inst(A, (--)) { }\n",
                "1:1: the stack word type is not declared: add 'type Value;'");
    }

    @Test
    void aDslWithoutInstructions() {
        // Only an op: it generated a tier-1 dispatch switch without cases, which javac rejects.
        assertDiagnostics(PRELUDE + """
                op(_A, (--)) { }
                """,
                "1:1: the DSL defines no instructions: add an 'inst' or a 'macro'");
    }

    @Test
    void namesThatAreJavaOrCKeywordsAreRejected() {
        assertDiagnostics(PRELUDE + """
                extern bool check(int class);
                inst(A, (null -- new)) { int switch = 1; new = null; }
                """,
                "4:19: parameter 'class' is a reserved word in Java or C; choose another name",
                "5:10: stack item 'null' is a reserved word in Java or C; choose another name",
                "5:18: stack item 'new' is a reserved word in Java or C; choose another name",
                "5:26: local 'switch' is a reserved word in Java or C; choose another name");
    }
}
