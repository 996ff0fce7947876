package dev.bytecodedsl.runtime.jit;

import dev.bytecodedsl.generated.GeneratedInstructionSet;
import dev.bytecodedsl.generated.UopContext;
import dev.bytecodedsl.generated.UopInterpreter;
import dev.bytecodedsl.generated.jit.JitHelpers;
import dev.bytecodedsl.generated.jit.JitStencilsX86_64Linux;
import dev.bytecodedsl.kit.jit.HelperCosts;
import dev.bytecodedsl.kit.jit.HostStencils;
import dev.bytecodedsl.kit.jit.Jit;
import dev.bytecodedsl.kit.jit.JitBinding;
import dev.bytecodedsl.kit.jit.JitOptions;
import dev.bytecodedsl.kit.jit.StencilTable;
import java.lang.foreign.MemorySegment;

/**
 * The Python VM's hook into the runtime kit's JIT: its generated stencil tables, helper upcalls,
 * labels and instruction set. Everything else (executable memory, patching, the shim, running
 * compiled traces) is the kit's {@code dev.bytecodedsl.kit.jit}.
 */
public final class PythonJit {
    private PythonJit() {
    }

    /** The stencil table for this host; a {@code JitException} off x86-64 Linux. */
    public static StencilTable hostTable() {
        return HostStencils.select(JitStencilsX86_64Linux.TABLE);
    }

    /** A JIT for one interpreter, whose value stack is {@code stack} and eval-breaker word {@code evalBreaker}. */
    public static Jit<UopContext> create(UopContext ctx, MemorySegment stack, MemorySegment evalBreaker,
                                         JitOptions options) {
        JitBinding<UopContext> binding = new JitBinding<>(GeneratedInstructionSet.INSTANCE, hostTable(),
                JitHelpers::new, UopInterpreter::runLabel, UopInterpreter.LABEL_ERROR,
                new HelperCosts(JitHelpers.coldHelpers(), JitHelpers.escapingHelpers()));
        return new Jit<>(binding, ctx, stack, evalBreaker, options);
    }
}
