package dev.bytecodedsl.examples.stackvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.examples.stackvm.generated.OpcodeMetadata;
import dev.bytecodedsl.examples.stackvm.generated.Opcodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The second VM end to end on its generated tier-1 interpreter: a loop, specialization, errors. A
 * specialization bug shows as a loop that never ends, hence the timeout.
 */
@Timeout(30)
class StackMachineTest {

    /**
     * Doubles a number until it overflows, in a hot loop: with traces the overflow happens in the
     * trace, in ADD_SMALL's exit; tier 1's generic ADD reports it.
     */
    static final String DOUBLING_OVERFLOWS = """
                push 1
                store 0
            loop:
                load 0
                load 0
                add
                store 0
                push 1
                jump_if_zero never
                jump_backward loop
            never:
                halt
            """;

    static final String SUM_TO_100 = """
            ; total = 0; i = 1; while i < 101: total += i; i += 1; print(total)
                push 0
                store 0
                push 1
                store 1
            loop:
                load 1
                push 101
                less
                jump_if_zero end
                load 0
                load 1
                add
                store 0
                load 1
                push 1
                add
                store 1
                jump_backward loop
            end:
                load 0
                print
                halt
            """;

    @Test
    void aLoopRunsToItsResult() {
        StackMachine.Outcome outcome = StackMachine.run(Assembler.assemble(SUM_TO_100));
        assertFalse(outcome.failed(), outcome.error());
        assertEquals("5050\n", outcome.output());
    }

    @Test
    void hotAddsSpecializeIntoTheFamilyMember() {
        Program program = Assembler.assemble(SUM_TO_100);
        assertEquals(2, count(program.code(), Opcodes.ADD));
        StackMachine.run(program);
        assertEquals(0, count(program.code(), Opcodes.ADD), "both ADDs were rewritten in place");
        assertEquals(2, count(program.code(), Opcodes.ADD_SMALL));
    }

    @Test
    void anOverflowTakesTheErrorPath() {
        StackMachine.Outcome outcome = StackMachine.run(Assembler.assemble("""
                push 4611686018427387903
                push 2
                mul
                print
                halt
                """));
        assertTrue(outcome.failed());
        assertEquals("", outcome.output(), "PRINT never ran");
        assertEquals("integer overflow in MUL at code unit 2", outcome.error());
    }

    @Test
    void anOverflowInTheSpecializedFormFallsBackToTheGenericAddAndItsError() {
        // Doubles a number until it overflows; the ADD is ADD_SMALL by then, whose exit sends the
        // overflowing addition to the generic ADD, which reports it.
        StackMachine.Outcome outcome = StackMachine.run(Assembler.assemble("""
                    push 1
                    store 0
                loop:
                    load 0
                    dup
                    add
                    dup
                    print
                    store 0
                    jump_backward loop
                """));
        assertTrue(outcome.failed());
        assertTrue(outcome.error().startsWith("integer overflow in ADD"), outcome.error());
        assertTrue(outcome.output().endsWith("\n2305843009213693952\n"), "61 doublings printed");
    }

    @Test
    void theAssemblerNamesTheBadLine() {
        var e = assertThrows(IllegalArgumentException.class, () -> Assembler.assemble("push 1\nfrobnicate\n"));
        assertEquals("line 2: unknown instruction frobnicate", e.getMessage());
        var specialized = assertThrows(IllegalArgumentException.class, () -> Assembler.assemble("add_small\n"));
        assertEquals("line 1: unknown instruction add_small", specialized.getMessage());
    }

    /** Instructions with this opcode (cache units skipped: they hold counters, not opcodes). */
    private static int count(char[] code, int opcode) {
        int n = 0;
        for (int ip = 0; ip < code.length; ip += 1 + OpcodeMetadata.CACHE_SIZE[code[ip] & 0xFF]) {
            if ((code[ip] & 0xFF) == opcode) {
                n++;
            }
        }
        return n;
    }
}
