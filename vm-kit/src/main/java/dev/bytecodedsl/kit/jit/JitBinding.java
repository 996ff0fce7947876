package dev.bytecodedsl.kit.jit;

import dev.bytecodedsl.kit.FrameContext;
import dev.bytecodedsl.kit.InstructionSet;
import dev.bytecodedsl.kit.trace.LabelRunner;
import java.lang.foreign.MemorySegment;
import java.util.function.BiFunction;

/**
 * What the kit's JIT needs of one VM's generated code, all of it generated from the VM's DSL:
 *
 * @param instructions its {@code GeneratedInstructionSet} (uop names, {@code _JUMP_TO_TOP})
 * @param stencils     the host's stencil table ({@link HostStencils#select} over the generated
 *                     {@code JitStencils*.TABLE}s)
 * @param helpers      {@code JitHelpers::new}: the helper upcalls bound to a context and the JitState
 * @param labels       {@code UopInterpreter::runLabel}
 * @param errorLabel   {@code UopInterpreter.LABEL_ERROR}: the label a failed eval-breaker check runs
 * @param helperCosts  what each helper's call sites cost the admission policy, from the externs'
 *                     {@code cold} and {@code escaping} attributes ({@code JitHelpers.coldHelpers()},
 *                     {@code JitHelpers.escapingHelpers()})
 */
public record JitBinding<C extends FrameContext>(InstructionSet instructions, StencilTable stencils,
                                                 BiFunction<C, MemorySegment, HelperUpcalls> helpers,
                                                 LabelRunner<C> labels, int errorLabel, HelperCosts helperCosts) {
    /** A binding whose helper call sites all cost the same ({@link HelperCosts#UNIFORM}). */
    public JitBinding(InstructionSet instructions, StencilTable stencils,
                      BiFunction<C, MemorySegment, HelperUpcalls> helpers, LabelRunner<C> labels, int errorLabel) {
        this(instructions, stencils, helpers, labels, errorLabel, HelperCosts.UNIFORM);
    }
}
