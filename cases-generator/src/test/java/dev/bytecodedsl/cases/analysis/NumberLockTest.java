package dev.bytecodedsl.cases.analysis;

import static dev.bytecodedsl.cases.analysis.DslTestSupport.PRELUDE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.grammar.ast.DslFile;
import dev.bytecodedsl.grammar.parse.DslParser;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Stable numbering: what the lock keeps, what it assigns to new names, and every lock error. */
class NumberLockTest {

    /** Generic ADD, BUILD, LOAD, NOP; specialized ADD_INT; a pseudo; uops including replicas. */
    private static final String VM = PRELUDE + """
            specializing op(_SPECIALIZE_ADD, (counter/1, l, r -- l, r)) {
                if (counter == 0) { DISPATCH_SAME_OPARG(); }
            }
            op(_ADD, (l, r -- res)) {
                res = binary_op(oparg, l, r);
                ERROR_IF(res == value_from_bits(0));
            }
            macro(ADD) = _SPECIALIZE_ADD + unused/1 + _ADD;
            guard op(_GUARD_INT, (type_version/2, l, r -- l, r)) {
                DEOPT_IF(!is_int(l) || type_version != 7);
            }
            pure op(_ADD_INT, (l, r -- res)) {
                res = value_from_bits(value_bits(l) + value_bits(r) - 1);
            }
            macro(ADD_INT) = _GUARD_INT + _ADD_INT;
            family(ADD, 2) = { ADD_INT };
            inst(BUILD, (items[oparg] -- list)) { list = GETCONST(0); }
            replicate(2) op(_LOAD, (-- v)) { v = GETLOCAL(oparg); }
            macro(LOAD) = _LOAD;
            inst(NOP, (--)) { }
            pseudo(POP_BLOCK, (--), ()) = { NOP };
            """;

    /** An instruction whose name sorts first, so without a lock it would shift every other opcode. */
    private static final String AAA = """
            inst(AAA_FIRST, (--)) { }
            """;

    private record Run(Analysis analysis, String lockText) {
        /** "opcode NAME" / "pseudo NAME" / "uop NAME" -> number. */
        Map<String, Integer> numbers() {
            Map<String, Integer> numbers = new TreeMap<>();
            analysis.instructions().forEach(i -> numbers.put("opcode " + i.name(), i.opcode()));
            analysis.pseudos().forEach(p -> numbers.put("pseudo " + p.name(), p.opcode()));
            analysis.uops().forEach(u -> numbers.put("uop " + u.name(), u.id()));
            return numbers;
        }
    }

    private static Run run(String dsl, NumberLock lock) {
        Diagnostics diagnostics = new Diagnostics();
        DslFile file = DslParser.parse(new SourceFile("t.def", dsl), diagnostics).orElseThrow();
        Analysis analysis = new Analyzer(diagnostics).analyze(List.of(file), lock);
        if (diagnostics.hasErrors()) {
            fail(diagnostics.render());
        }
        return new Run(analysis, lock.updated(analysis).text());
    }

    private static Run run(String dsl, String lockText) {
        return run(dsl, lock(lockText));
    }

    private static NumberLock lock(String text) {
        Diagnostics diagnostics = new Diagnostics();
        NumberLock lock = NumberLock.parse(new SourceFile("t.lock", text), diagnostics);
        if (diagnostics.hasErrors()) {
            fail(diagnostics.render());
        }
        return lock;
    }

    /** Each diagnostic of parsing {@code text} as a lock, as {@code line:col: message}. */
    private static List<String> lockErrors(String text) {
        Diagnostics diagnostics = new Diagnostics();
        NumberLock.parse(new SourceFile("t.lock", text), diagnostics);
        return diagnostics.all().stream().map(d -> d.pos().line() + ":" + d.pos().column() + ": " + d.message())
                .toList();
    }

    @Test
    void withoutALockNumbersAreTheConsecutiveOnes() {
        Run run = run(VM, NumberLock.NONE);
        assertEquals(List.of("1 ADD", "2 BUILD", "3 LOAD", "4 NOP", "5 ADD_INT"),
                run.analysis().instructions().stream().map(i -> i.opcode() + " " + i.name()).toList());
        assertEquals(256, run.analysis().pseudos().getFirst().opcode());
        assertEquals(List.of("1 BUILD", "2 NOP", "3 _ADD", "4 _ADD_INT", "5 _GUARD_INT", "6 _LOAD", "7 _LOAD_0",
                "8 _LOAD_1"), run.analysis().uops().stream().map(u -> u.id() + " " + u.name()).toList());
        // The lock of the first run gives the same numbers.
        assertEquals(run.numbers(), run(VM, run.lockText()).numbers());
    }

    @Test
    void lockTextIsSortedByNumberAndRoundTrips() {
        String text = run(VM, NumberLock.NONE).lockText();
        assertTrue(text.startsWith("# Stable opcode and uop numbers."), text);
        assertTrue(text.contains("""

                opcode   1 ADD
                opcode   2 BUILD
                opcode   3 LOAD
                opcode   4 NOP
                opcode   5 ADD_INT

                pseudo 256 POP_BLOCK

                uop      1 BUILD
                """), text);
        assertEquals(text, run(VM, text).lockText(), "a lock is a fixed point");
    }

    @Test
    void addingAnInstructionKeepsEveryOtherNumber() {
        Run before = run(VM, NumberLock.NONE);
        Run after = run(AAA + VM, before.lockText());
        Map<String, Integer> numbers = new TreeMap<>(after.numbers());
        assertEquals(6, numbers.remove("opcode AAA_FIRST"), "the lowest free opcode");
        assertEquals(9, numbers.remove("uop AAA_FIRST"), "the lowest free uop id");
        assertEquals(before.numbers(), numbers);
        // Without the lock the new name would have renumbered the others.
        assertEquals(1, run(AAA + VM, NumberLock.NONE).analysis().instruction("AAA_FIRST").orElseThrow().opcode());
    }

    @Test
    void aNewGenericInstructionMayFollowSpecializedOnes() {
        Run after = run(AAA + VM, run(VM, NumberLock.NONE).lockText());
        Instruction addInt = after.analysis().instruction("ADD_INT").orElseThrow();
        Instruction first = after.analysis().instruction("AAA_FIRST").orElseThrow();
        assertTrue(addInt.isSpecialized() && !first.isSpecialized() && first.opcode() > addInt.opcode());
        assertEquals(first, after.analysis().instructions().getLast(), "instructions stay in opcode order");
    }

    @Test
    void removingAnInstructionRetiresItsNumbers() {
        String lock = run(AAA + VM, run(VM, NumberLock.NONE).lockText()).lockText();
        Run removed = run(VM, lock);
        assertTrue(removed.lockText().contains("opcode   6 AAA_FIRST retired\n"), removed.lockText());
        assertTrue(removed.lockText().contains("uop      9 AAA_FIRST retired\n"), removed.lockText());

        // A new name does not take a retired number...
        Run added = run(VM + "inst(ZZZ, (--)) { }\n", removed.lockText());
        assertEquals(7, added.analysis().instruction("ZZZ").orElseThrow().opcode());
        assertTrue(added.lockText().contains("opcode   6 AAA_FIRST retired\n"), added.lockText());
        // ...a returning name gets its own back...
        Run back = run(AAA + VM, removed.lockText());
        assertEquals(6, back.analysis().instruction("AAA_FIRST").orElseThrow().opcode());
        assertFalse(back.lockText().contains(" retired\n"), back.lockText());
        // ...and deleting the retired line reclaims it.
        String reclaimed = removed.lockText().replace("opcode   6 AAA_FIRST retired\n", "");
        assertEquals(6, run(VM + "inst(ZZZ, (--)) { }\n", reclaimed).analysis().instruction("ZZZ").orElseThrow()
                .opcode());
    }

    @Test
    void reorderingDefinitionsChangesNothing() {
        String[] parts = VM.substring(PRELUDE.length()).split("(?m)^(?=[a-z])");
        StringBuilder reversed = new StringBuilder(PRELUDE);
        for (int i = parts.length - 1; i >= 0; i--) {
            reversed.append(parts[i]);
        }
        Run original = run(VM, NumberLock.NONE);
        assertEquals(original.lockText(), run(reversed.toString(), NumberLock.NONE).lockText());
        assertEquals(original.lockText(), run(reversed.toString(), original.lockText()).lockText());
    }

    @Test
    void handEditedNumbersAreKept() {
        Run run = run(VM, """
                opcode 200 NOP
                pseudo 300 POP_BLOCK
                uop     40 _LOAD_1
                opcode   1 GONE retired
                """);
        Map<String, Integer> numbers = run.numbers();
        assertEquals(200, numbers.get("opcode NOP"));
        assertEquals(2, numbers.get("opcode ADD"), "1 is retired");
        assertEquals(300, numbers.get("pseudo POP_BLOCK"));
        assertEquals(40, numbers.get("uop _LOAD_1"));
        assertEquals(301, run.analysis().opcodeLimit());
        assertEquals(40, run.analysis().maxUopId());
    }

    @Test
    void runningOutOfOpcodesNamesTheRetiredLines() {
        StringBuilder lock = new StringBuilder();
        for (int n = 1; n <= 255; n++) {
            lock.append("opcode ").append(n).append(" OLD_").append(n).append(" retired\n");
        }
        Diagnostics diagnostics = new Diagnostics();
        DslFile file = DslParser.parse(new SourceFile("t.def", VM), diagnostics).orElseThrow();
        new Analyzer(diagnostics).analyze(List.of(file), lock(lock.toString()));
        assertEquals("11:7: too many instructions: 'ADD' would get opcode 256 but opcodes are 8-bit (at most 255);"
                        + " deleting retired opcode lines from the lock frees their numbers",
                diagnostics.all().stream().map(d -> d.pos().line() + ":" + d.pos().column() + ": " + d.message())
                        .findFirst().orElseThrow());
    }

    // ---- errors in the lock ------------------------------------------------------------------

    @Test
    void malformedLines() {
        assertEquals(List.of(
                        "1:1: unknown kind 'opcod' (expected opcode, pseudo or uop; a lock line is KIND NUMBER NAME"
                                + " [retired])",
                        "2:9: expected a number, found 'x1' (a lock line is KIND NUMBER NAME [retired])",
                        "3:10: expected a name, found '3X' (a lock line is KIND NUMBER NAME [retired])",
                        "4:12: unexpected 'gone' (a lock line is KIND NUMBER NAME [retired])",
                        "5:6: incomplete lock line (a lock line is KIND NUMBER NAME [retired])",
                        "6:20: unexpected 'x' (a lock line is KIND NUMBER NAME [retired])"),
                lockErrors("""
                        opcod 1 A
                        opcode  x1 B
                        opcode 2 3X
                        opcode 3 C gone
                        uop 4
                        opcode 5 D retired x
                        # a comment, then a blank line

                        opcode 6 E  # trailing comment
                        """));
    }

    @Test
    void duplicateNameAndNumber() {
        assertEquals(List.of(
                        "2:10: duplicate opcode 'A' in the lock (first at t.lock:1:10)",
                        "3:8: number 1 of opcode 'B' is already taken by opcode 'A' (at t.lock:1:10)",
                        "5:7: number 7 of uop 'D' is already taken by uop 'C' (at t.lock:4:7)"),
                lockErrors("""
                        opcode 1 A
                        opcode 2 A retired
                        opcode 1 B
                        uop 7 C
                        uop   7 D retired
                        uop 1 A
                        pseudo 256 A
                        """));
    }

    @Test
    void numbersOutOfRangeOrAgainstTheConstraints() {
        assertEquals(List.of(
                        "1:8: opcode 0 is reserved for CACHE (inline-cache code units)",
                        "2:8: opcode 256 is out of range: real opcodes are 8-bit (1..255), pseudo-instructions are"
                                + " 'pseudo' lines",
                        "3:8: pseudo-opcode 12 is below 256: pseudo-instructions are numbered above every real opcode",
                        "4:8: pseudo-opcode 99999999999 is out of range (256..65535)",
                        "5:5: uop 0 is reserved: it means 'no uop'",
                        "6:5: uop 65536 is out of range (1..65535)",
                        "7:8: CACHE is always opcode 0 and is not listed in the lock"),
                lockErrors("""
                        opcode 0 A
                        opcode 256 B
                        pseudo 12 C
                        pseudo 99999999999 D
                        uop 0 E
                        uop 65536 F
                        opcode 0 CACHE
                        """));
    }

    @Test
    void errorsAreReportedWithTheLineAndACaret() {
        Diagnostics diagnostics = new Diagnostics();
        NumberLock.parse(new SourceFile("bytecodes.lock", "# header\nopcode 300 NOP\n"), diagnostics);
        assertEquals("""
                bytecodes.lock:2:8: error: opcode 300 is out of range: real opcodes are 8-bit (1..255), \
                pseudo-instructions are 'pseudo' lines
                    opcode 300 NOP
                           ^
                1 error
                """, diagnostics.render());
    }
}
