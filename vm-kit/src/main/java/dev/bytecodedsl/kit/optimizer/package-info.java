/**
 * The trace optimizer, written once for every VM: {@link dev.bytecodedsl.kit.optimizer.TraceOptimizer}
 * drives a DSL's generated abstract interpreter over a trace (guard elimination, constant folding,
 * loop peeling) and {@code TraceCleanup} assembles the result. What it needs of a VM comes through
 * small interfaces: the generated metadata ({@link dev.bytecodedsl.kit.InstructionSet}: flags, stack
 * effects, the uops it treats specially), the generated abstract interpreter
 * ({@link dev.bytecodedsl.kit.optimizer.AbstractInterpretation}), how the VM's values are encoded
 * ({@link dev.bytecodedsl.kit.optimizer.ValueModel}) and what a code object holds
 * ({@link dev.bytecodedsl.kit.optimizer.CodeContext}).
 */
package dev.bytecodedsl.kit.optimizer;
