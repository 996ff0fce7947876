package dev.bytecodedsl.examples.stackvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.examples.stackvm.generated.GeneratedInstructionSet;
import dev.bytecodedsl.examples.stackvm.generated.UopContext;
import dev.bytecodedsl.kit.trace.Executor;
import dev.bytecodedsl.kit.trace.TracePrinter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The second VM's traces through the runtime kit's optimizer, over its own generated abstract
 * interpreter (stackvm.def plus optimizer.def): guards on values known to be small integers go,
 * constants move into the trace, the first iteration is peeled, and the output is tier 1's.
 */
@Timeout(30)
class OptimizerTest {
    private static final TracePrinter PRINTER = new TracePrinter(GeneratedInstructionSet.INSTANCE);

    @Test
    void anOptimizedTraceRunsWithTier1sOutput() {
        StackMachine.Outcome tier1 = StackMachine.run(Assembler.assemble(StackMachineTest.SUM_TO_100));
        StackMachine.Outcome optimized = StackMachine.run(Assembler.assemble(StackMachineTest.SUM_TO_100),
                StackMachine.Tier.OPTIMIZED_TRACES);
        assertFalse(optimized.failed(), optimized.error());
        assertEquals(tier1.output(), optimized.output());
        assertTrue(optimized.traces().executorEntries() > 0, "the optimized trace was entered");
    }

    @Test
    void guardsOnKnownSmallIntegersAreRemovedAndTheFirstIterationIsPeeled() {
        Program program = Assembler.assemble(StackMachineTest.SUM_TO_100);
        StackMachine.run(program, StackMachine.Tier.OPTIMIZED_TRACES);
        List<Executor<UopContext>> executors = program.executors().all();
        assertEquals(1, executors.size());
        // First iteration: `i + 1` needs no guard (i was just guarded by `total + i`); later ones
        // know both locals are small integers, so no guard is left. The bookkeeping uops are gone.
        assertEquals(List.of(
                        "LOAD", "_LOAD_CONST_INLINE", "LESS", "_GUARD_NOT_ZERO",
                        "LOAD", "LOAD", "_GUARD_BOTH_SMALL", "_ADD_SMALL", "STORE",
                        "LOAD", "_LOAD_CONST_INLINE", "_ADD_SMALL", "STORE",
                        "LOAD", "_LOAD_CONST_INLINE", "LESS", "_GUARD_NOT_ZERO",
                        "LOAD", "LOAD", "_ADD_SMALL", "STORE",
                        "LOAD", "_LOAD_CONST_INLINE", "_ADD_SMALL", "STORE",
                        "_JUMP_TO_TOP"),
                PRINTER.names(executors.getFirst().trace()));
    }

    @Test
    void anOverflowInsideAnOptimizedTraceTakesTheErrorPath() {
        StackMachine.Outcome tier1 = StackMachine.run(Assembler.assemble(StackMachineTest.DOUBLING_OVERFLOWS));
        StackMachine.Outcome optimized = StackMachine.run(Assembler.assemble(StackMachineTest.DOUBLING_OVERFLOWS),
                StackMachine.Tier.OPTIMIZED_TRACES);
        assertTrue(optimized.failed());
        assertEquals(tier1.error(), optimized.error());
        assertEquals(tier1.output(), optimized.output());
    }
}
