package dev.bytecodedsl.examples.stackvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.examples.stackvm.generated.GeneratedInstructionSet;
import dev.bytecodedsl.examples.stackvm.generated.OpcodeMetadata;
import dev.bytecodedsl.examples.stackvm.generated.Opcodes;
import dev.bytecodedsl.examples.stackvm.generated.UopContext;
import dev.bytecodedsl.kit.trace.Executor;
import dev.bytecodedsl.kit.trace.TracePrinter;
import dev.bytecodedsl.kit.trace.TraceStats;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The second VM's hot loops as traces, through the runtime kit only: the kit projects them over the
 * generated metadata ({@code GeneratedInstructionSet}), installs ENTER_EXECUTOR and runs them on the
 * generated uop interpreter, with the same output as tier 1.
 */
@Timeout(30)
class TraceTest {
    private static final TracePrinter PRINTER = new TracePrinter(GeneratedInstructionSet.INSTANCE);

    @Test
    void aHotLoopRunsAsATraceWithTier1sOutput() {
        StackMachine.Outcome tier1 = StackMachine.run(Assembler.assemble(StackMachineTest.SUM_TO_100));
        Program program = Assembler.assemble(StackMachineTest.SUM_TO_100);
        StackMachine.Outcome traced = StackMachine.run(program, true);

        assertFalse(traced.failed(), traced.error());
        assertEquals(tier1.output(), traced.output());
        assertEquals("5050\n", traced.output());
        assertNull(tier1.traces(), "tier 1 alone makes no traces");

        TraceStats stats = traced.traces();
        assertEquals(1, stats.tracesCreated());
        assertTrue(stats.executorEntries() > 0, "the trace was entered");
        assertTrue(stats.uopsExecuted() > 0, "uops ran on the generated uop interpreter");
        assertEquals(1, count(program.code(), Opcodes.ENTER_EXECUTOR), "installed in place of JUMP_BACKWARD");
        assertEquals(0, count(program.code(), Opcodes.JUMP_BACKWARD));
    }

    @Test
    void theTraceIsTheLoopBodyInUopsAndLeavesWhereTheLoopEnds() {
        Program program = Assembler.assemble(StackMachineTest.SUM_TO_100);
        StackMachine.run(program, true);
        List<Executor<UopContext>> executors = program.executors().all();
        assertEquals(1, executors.size());
        Executor<UopContext> loop = executors.getFirst();
        // The ADDs were specialized before the loop got hot (ADD_WARMUP < LOOP_WARMUP), so the trace
        // has ADD_SMALL's guard and pure add; JUMP_IF_ZERO became the guard that exits at the loop's end.
        assertEquals(List.of("_START_EXECUTOR", "_CHECK_VALIDITY",
                "LOAD", "PUSH", "LESS", "_GUARD_NOT_ZERO",
                "LOAD", "LOAD", "_GUARD_BOTH_SMALL", "_ADD_SMALL", "STORE",
                "LOAD", "PUSH", "_GUARD_BOTH_SMALL", "_ADD_SMALL", "STORE",
                "_JUMP_TO_TOP"), PRINTER.names(loop.trace()));
        int guard = PRINTER.names(loop.trace()).indexOf("_GUARD_NOT_ZERO");
        assertEquals(1, loop.exits(guard), "the loop ends once, through its exit");
        assertEquals(1, loop.totalExits());
    }

    @Test
    void errorsInsideATraceTakeTheErrorPath() {
        StackMachine.Outcome tier1 = StackMachine.run(Assembler.assemble(StackMachineTest.DOUBLING_OVERFLOWS));
        StackMachine.Outcome traced = StackMachine.run(Assembler.assemble(StackMachineTest.DOUBLING_OVERFLOWS), true);
        assertTrue(traced.failed());
        assertEquals(tier1.error(), traced.error());
        assertTrue(traced.traces().executorEntries() > 0);
    }

    /** Instructions with {@code opcode} in {@code code} (cache units skipped: a counter may look like one). */
    private static int count(char[] code, int opcode) {
        int n = 0;
        for (int ip = 0; ip < code.length; ip += 1 + OpcodeMetadata.CACHE_SIZE[code[ip] & 0xFF]) {
            n += (code[ip] & 0xFF) == opcode ? 1 : 0;
        }
        return n;
    }
}
