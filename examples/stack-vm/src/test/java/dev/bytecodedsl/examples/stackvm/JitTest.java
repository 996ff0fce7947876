package dev.bytecodedsl.examples.stackvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bytecodedsl.kit.jit.HostStencils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The second VM's hot loops compiled to machine code by the runtime kit's JIT, from the stencils
 * the plugin built for stackvm.def: the same output as tier 1, and the kit's statistics show that
 * machine code ran (not the uop interpreter). The kit runs native code on x86-64 Linux only; on
 * that host a missing stencil table is a failure, not a skip.
 */
@Timeout(60)
class JitTest {
    @BeforeEach
    void requireTheJitsHost() {
        assumeTrue(HostStencils.supported(), () -> "the kit's JIT runs machine code on x86-64 Linux only; this is "
                + System.getProperty("os.arch") + " " + System.getProperty("os.name"));
    }

    @Test
    void aHotLoopRunsAsMachineCodeWithTier1sOutput() {
        StackMachine.Outcome tier1 = StackMachine.run(Assembler.assemble(StackMachineTest.SUM_TO_100));
        StackMachine.Outcome jit = StackMachine.run(Assembler.assemble(StackMachineTest.SUM_TO_100),
                StackMachine.Tier.JIT);

        assertFalse(jit.failed(), jit.error());
        assertEquals(tier1.output(), jit.output());
        assertEquals("5050\n", jit.output());
        assertEquals(1, jit.jit().tracesCompiled(), "the loop's trace was compiled");
        assertTrue(jit.jit().uopsCompiled() > 0);
        assertTrue(jit.traces().nativeEntries() > 0, "the trace was entered as machine code");
        assertEquals(jit.traces().executorEntries(), jit.traces().nativeEntries(), "every entry ran machine code");
        assertEquals(0, jit.traces().uopsExecuted(), "no uop ran on the uop interpreter");
    }

    @Test
    void anErrorInsideMachineCodeTakesTheErrorPath() {
        StackMachine.Outcome tier1 = StackMachine.run(Assembler.assemble(StackMachineTest.DOUBLING_OVERFLOWS));
        StackMachine.Outcome jit = StackMachine.run(Assembler.assemble(StackMachineTest.DOUBLING_OVERFLOWS),
                StackMachine.Tier.JIT);

        assertTrue(jit.failed());
        assertEquals(tier1.error(), jit.error());
        assertEquals(tier1.output(), jit.output());
        assertTrue(jit.traces().nativeEntries() > 0, "the overflow happened in machine code's exit");
    }
}
