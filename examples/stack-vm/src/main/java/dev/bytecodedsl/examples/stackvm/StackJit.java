package dev.bytecodedsl.examples.stackvm;

import dev.bytecodedsl.examples.stackvm.generated.GeneratedInstructionSet;
import dev.bytecodedsl.examples.stackvm.generated.UopContext;
import dev.bytecodedsl.examples.stackvm.generated.UopInterpreter;
import dev.bytecodedsl.examples.stackvm.generated.jit.JitHelpers;
import dev.bytecodedsl.kit.jit.HostStencils;
import dev.bytecodedsl.kit.jit.Jit;
import dev.bytecodedsl.kit.jit.JitBinding;
import dev.bytecodedsl.kit.jit.JitOptions;
import dev.bytecodedsl.kit.jit.StencilTable;
import java.util.Optional;

/**
 * This VM's hook into the runtime kit's JIT: everything it needs is generated from stackvm.def (the
 * instruction set, the helper upcalls, the labels, the stencil table); the kit does the rest.
 */
final class StackJit {
    /**
     * The generated x86-64 Linux stencil table. Looked up by name: the stencils generator writes it
     * only where clang 19 is installed, and the VM builds (without a JIT) where it is not.
     */
    private static final String TABLE_CLASS = "dev.bytecodedsl.examples.stackvm.generated.jit.JitStencilsX86_64Linux";

    private StackJit() {
    }

    /** Why this host cannot run the JIT, or empty when it can. */
    static Optional<String> unavailable() {
        if (!HostStencils.supported()) {
            return Optional.of("the kit's JIT runs on x86-64 Linux only (this is " + System.getProperty("os.arch") + " "
                    + System.getProperty("os.name") + ")");
        }
        try {
            Class.forName(TABLE_CLASS);
            return Optional.empty();
        } catch (ClassNotFoundException e) {
            return Optional.of("no stencil table was generated (clang 19 was not found at build time)");
        }
    }

    /** A JIT for one machine; compiles every trace (the admission policy is the Python VM's concern). */
    static Jit<UopContext> create(StackMachine machine) {
        JitBinding<UopContext> binding = new JitBinding<>(GeneratedInstructionSet.INSTANCE, hostTable(),
                JitHelpers::new, UopInterpreter::runLabel, UopInterpreter.LABEL_ERROR);
        // No eval breaker: nothing interrupts this machine, so the kit's zero word stands in.
        return new Jit<>(binding, machine, machine.stack(), null, new JitOptions(false, null, true));
    }

    private static StencilTable hostTable() {
        try {
            return HostStencils.select((StencilTable) Class.forName(TABLE_CLASS).getField("TABLE").get(null));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the JIT is unavailable: " + unavailable().orElse(e.toString()), e);
        }
    }
}
