package dev.bytecodedsl.python.compile;

import static dev.bytecodedsl.python.compile.Compiling.errors;
import static dev.bytecodedsl.python.compile.Compiling.function;
import static dev.bytecodedsl.python.compile.Compiling.instructions;
import static dev.bytecodedsl.python.compile.Compiling.opnames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.generated.OpcodeFlags;
import dev.bytecodedsl.generated.OpcodeMetadata;
import dev.bytecodedsl.generated.Opcodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Focused checks of code generation and the passes; the golden tests show whole programs. */
class CodeGenTest {

    // ------------------------------------------------------------ CPython's examples

    @Test
    void fibonacciLoopSwapsWithoutATupleAndUsesSuperinstructions() {
        CodeObject fib = function("""
                def fib(n):
                    a, b = 0, 1
                    for i in range(n):
                        a, b = b, a + b
                    return a
                """, "fib");
        assertEquals(List.of("RESUME", "LOAD_CONST", "UNPACK_SEQUENCE", "STORE_FAST_STORE_FAST",
                "LOAD_GLOBAL", "LOAD_FAST", "CALL", "GET_ITER", "FOR_ITER", "STORE_FAST",
                "LOAD_FAST_LOAD_FAST", "LOAD_FAST", "BINARY_OP", "SWAP", "STORE_FAST_STORE_FAST", "JUMP_BACKWARD",
                "END_FOR", "LOAD_FAST", "RETURN_VALUE"), opnames(fib));
        assertEquals(List.of("n", "a", "b", "i"), fib.localNames());
        assertEquals(4, fib.stackSize()); // iterator, b, a, b
    }

    @Test
    void totalLoopUsesInplaceAdd() {
        CodeObject total = function("""
                def total(n):
                    total = 0
                    for i in range(n):
                        total += i
                    return total
                """, "total");
        List<Compiling.Ins> ins = instructions(total);
        Compiling.Ins add = ins.stream().filter(i -> i.opcode() == Opcodes.BINARY_OP).findFirst().orElseThrow();
        assertEquals(13, add.oparg()); // NB_INPLACE_ADD
        assertTrue(opnames(total).contains("LOAD_FAST_LOAD_FAST"));
    }

    @Test
    void parenthesizedArithmetic() {
        CodeObject f = function("def f(a, b, c):\n    return (a + b) * c\n", "f");
        assertEquals(List.of("RESUME", "LOAD_FAST_LOAD_FAST", "BINARY_OP", "LOAD_FAST", "BINARY_OP", "RETURN_VALUE"), opnames(f));
        assertEquals(2, f.stackSize());
    }

    @Test
    void augmentedAssignmentEvaluatesTheRightSideFirst() {
        CodeObject f = function("def f(a, b):\n    a += b + b + b\n    return a\n", "f");
        assertEquals(List.of("RESUME", "LOAD_FAST_LOAD_FAST", "LOAD_FAST", "BINARY_OP", "LOAD_FAST", "BINARY_OP",
                "BINARY_OP", "STORE_FAST", "LOAD_FAST", "RETURN_VALUE"), opnames(f));
        List<Integer> ops = instructions(f).stream().filter(i -> i.opcode() == Opcodes.BINARY_OP).map(Compiling.Ins::oparg).toList();
        assertEquals(List.of(0, 0, 13), ops);
        assertEquals(3, f.stackSize());
    }

    // ------------------------------------------------------------ encoding invariants

    /** Every jump and exception-table position of every golden program lands on an instruction start. */
    @Test
    void jumpsAndHandlersLandOnInstructionStarts() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden/compile"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".py")).toList()) {
                checkJumps(Compiling.module(Files.readString(file)));
            }
        }
    }

    private static void checkJumps(CodeObject code) {
        List<Compiling.Ins> ins = instructions(code);
        Set<Integer> starts = ins.stream().map(Compiling.Ins::offset).collect(Collectors.toSet());
        for (Compiling.Ins i : ins) {
            if ((OpcodeMetadata.FLAGS[i.opcode()] & OpcodeFlags.JUMPS) == 0) {
                continue;
            }
            int end = i.offset() + 1 + OpcodeMetadata.CACHE_SIZE[i.opcode()];
            int target = i.opcode() == Opcodes.JUMP_BACKWARD ? end - i.oparg() : end + i.oparg();
            assertTrue(starts.contains(target), code.qualname() + ": " + Opcodes.name(i.opcode()) + " at " + i.offset() + " -> " + target);
            if (i.opcode() == Opcodes.FOR_ITER) {
                assertEquals(Opcodes.END_FOR, code.code()[target] & 0xFF, "FOR_ITER exits to END_FOR");
            }
        }
        for (ExceptionTableEntry e : code.exceptionTable()) {
            assertTrue(starts.contains(e.start()) && starts.contains(e.target()), e.toString());
            assertTrue(e.end() == code.codeLength() || starts.contains(e.end()), e.toString());
            assertEquals(Opcodes.name(Opcodes.PUSH_EXC_INFO).equals(Opcodes.name(code.code()[e.target()] & 0xFF)) || e.depth() > 0, true);
        }
        code.constants().forEach(c -> {
            if (c instanceof Constant.CodeConst k) {
                checkJumps(k.code());
            }
        });
    }

    @Test
    void cachesAreZeroAndLinesCoverEveryUnit() {
        CodeObject f = function("def f(x):\n    return len(x) + x.y\n", "f");
        for (Compiling.Ins i : instructions(f)) {
            for (int c = 1; c <= OpcodeMetadata.CACHE_SIZE[i.opcode()]; c++) {
                assertEquals(0, f.code()[i.offset() + c]);
                assertEquals(f.lineAt(i.offset()), f.lineAt(i.offset() + c)); // RESUME's is the def's line
            }
        }
        assertEquals(f.codeLength(), f.lineOfUnit().length);
    }

    // ------------------------------------------------------------ stack depth

    @Test
    void stackDepthCountsCallsAndHandlers() {
        assertEquals(4, function("def f(a, b):\n    return g(a, b)\n", "f").stackSize()); // g, NULL, a, b
        CodeObject t = function("""
                def f(xs):
                    for x in xs:
                        try:
                            g(x)
                        except E as e:
                            h(e)
                """, "f");
        // iterator + g + NULL + x = 4 in the body; the handler: iterator, prev exc, exc, E = 4;
        // h(e) under the cleanup: iterator, prev exc, h, NULL, e = 5.
        assertEquals(5, t.stackSize());
        assertTrue(t.exceptionTable().stream().allMatch(e -> e.depth() >= 1), "the iterator stays below every handler");
    }

    // ------------------------------------------------------------ superinstructions

    @Test
    void superinstructionsNeedLocalsBelowSixteenAndOneLine() {
        StringBuilder many = new StringBuilder("def f():\n");
        for (int i = 0; i < 17; i++) {
            many.append("    v").append(i).append(" = ").append(i).append('\n');
        }
        many.append("    return v16 + v0\n");
        List<String> ops = opnames(function(many.toString(), "f"));
        assertEquals(List.of("LOAD_FAST", "LOAD_FAST", "BINARY_OP", "RETURN_VALUE"), ops.subList(ops.size() - 4, ops.size()));

        assertEquals(List.of("RESUME", "LOAD_FAST", "LOAD_FAST", "BINARY_OP", "RETURN_VALUE"),
                opnames(function("def f(a, b):\n    return (a +\n            b)\n", "f")));
        assertEquals(List.of("RESUME", "LOAD_FAST", "STORE_FAST_LOAD_FAST", "RETURN_VALUE"),
                opnames(function("def f(a):\n    b = a; return b\n", "f")));
    }

    @Test
    void superinstructionOpargPutsTheFirstLocalInTheHighNibble() {
        CodeObject f = function("def f(a, b):\n    return b - a\n", "f");
        Compiling.Ins pair = instructions(f).get(1);
        assertEquals(Opcodes.LOAD_FAST_LOAD_FAST, pair.opcode());
        assertEquals((1 << 4) | 0, pair.oparg());
    }

    // ------------------------------------------------------------ LOAD_FAST_CHECK

    @Test
    void loadFastCheckOnlyWhereALocalMayBeUnbound() {
        assertFalse(opnames(function("def f(c):\n    x = 1\n    if c:\n        x = 2\n    return x\n", "f"))
                .contains("LOAD_FAST_CHECK"));
        List<String> maybe = opnames(function("def f(c):\n    if c:\n        x = 2\n    return x\n", "f"));
        assertTrue(maybe.contains("LOAD_FAST_CHECK"), maybe.toString());
        List<String> loop = opnames(function("def f(xs):\n    for x in xs:\n        y = x\n    return y\n", "f"));
        assertEquals(1, loop.stream().filter("LOAD_FAST_CHECK"::equals).count(), loop.toString());
        // Once checked, the local is known to be bound.
        List<String> twice = opnames(function("def f(c):\n    if c:\n        x = 2\n    print(x)\n    return x\n", "f"));
        assertEquals(1, twice.stream().filter("LOAD_FAST_CHECK"::equals).count(), twice.toString());
        // A handler may run before the try body bound the local.
        List<String> handler = opnames(function("""
                def f():
                    try:
                        x = g()
                    except E:
                        return x
                    return x
                """, "f"));
        assertEquals(List.of("LOAD_FAST_CHECK", "LOAD_FAST"),
                handler.stream().filter(o -> o.startsWith("LOAD_FAST")).toList());
    }

    // ------------------------------------------------------------ compile errors

    @Test
    void compileErrorsAreReportedTogether() {
        assertEquals(List.of(
                        "prog.py:2:5: error: name 'a' is parameter and global",
                        "prog.py:5:16: error: unsupported construct: closure ('x' is a local variable of enclosing function 'f')",
                        "prog.py:6:12: error: unsupported construct: unary '+' on a non-constant operand (the instruction set has no UNARY_POSITIVE)",
                        "prog.py:7:1: error: 'return' outside function",
                        "prog.py:8:1: error: 'break' outside loop",
                        "prog.py:10:5: error: 'continue' not properly in loop"),
                errors("def f(a):\n    global a\n    x = 1\n    def g():\n        return x\n    return +x\nreturn 1\nbreak\n"
                        + "class C:\n    continue\n"));
    }

    @Test
    void globalAfterUseIsReported() {
        assertEquals(List.of("prog.py:3:5: error: name 'n' is assigned to prior to global declaration"),
                errors("def f():\n    n = 1\n    global n\n"));
    }

    /**
     * Tables past what an 8-bit oparg indexes (CPython has no such limits): 300 locals and
     * constants, 130 globals (LOAD_GLOBAL shifts the index for its flag), a 300-element tuple
     * display; the wide opargs get EXTENDED_ARG prefixes.
     */
    @Test
    void wideTablesGetExtendedArgPrefixes() {
        StringBuilder locals = new StringBuilder("def f():\n");
        for (int i = 0; i < 300; i++) {
            locals.append("    x").append(i).append(" = ").append(i).append('\n');
        }
        locals.append("    return (").append("x1, ".repeat(300)).append(")\n");
        StringBuilder globals = new StringBuilder("def g():\n    return 0");
        for (int i = 0; i < 130; i++) {
            globals.append(" + g").append(i);
        }
        String source = locals + globals.toString() + "\n";
        for (String name : List.of("f", "g")) {
            char[] code = function(source, name).code();
            boolean prefixed = false;
            for (char unit : code) {
                prefixed |= (unit & 0xFF) == Opcodes.EXTENDED_ARG;
            }
            assertTrue(prefixed, name + " has EXTENDED_ARG prefixes");
        }
    }

    /**
     * A loop body longer than 255 code units: its jumps get EXTENDED_ARG prefixes, and every jump,
     * with the prefixes' bits, lands where an instruction (or its first prefix) starts.
     */
    @Test
    void longJumpsGetExtendedArgPrefixes() {
        StringBuilder far = new StringBuilder("def f(n):\n    while n:\n");
        for (int i = 0; i < 40; i++) {
            far.append("        n = g(n, ").append(i).append(")\n");
        }
        char[] code = function(far.toString(), "f").code();
        Set<Integer> starts = new java.util.HashSet<>();
        List<int[]> jumps = new java.util.ArrayList<>(); // {target}
        int prefix = 0;
        boolean sawPrefix = false;
        for (int offset = 0; offset < code.length; ) {
            int opcode = code[offset] & 0xFF;
            int oparg = prefix << 8 | code[offset] >>> 8;
            int end = offset + 1 + OpcodeMetadata.CACHE_SIZE[opcode];
            if (prefix == 0) {
                starts.add(offset);
            }
            if (opcode == Opcodes.EXTENDED_ARG) {
                sawPrefix = true;
            } else if ((OpcodeMetadata.FLAGS[opcode] & OpcodeFlags.JUMPS) != 0) {
                jumps.add(new int[] {opcode == Opcodes.JUMP_BACKWARD ? end - oparg : end + oparg});
            }
            prefix = opcode == Opcodes.EXTENDED_ARG ? oparg : 0;
            offset = end;
        }
        assertTrue(sawPrefix, "a 40-statement loop needs a wide jump");
        assertFalse(jumps.isEmpty());
        for (int[] jump : jumps) {
            assertTrue(starts.contains(jump[0]), "jump lands inside an instruction: " + jump[0]);
        }
    }

    @Test
    void nestedFunctionsWithoutFreeVariablesCompile() {
        CodeObject g = function("def f():\n    def g(y):\n        return y + z\n    return g\n", "g");
        assertEquals("f.<locals>.g", g.qualname());
        assertEquals(List.of("m"), List.of(function("class C:\n    def m(self):\n        pass\n", "m").name()));
        assertEquals("C.m", function("class C:\n    def m(self):\n        pass\n", "m").qualname());
    }
}
