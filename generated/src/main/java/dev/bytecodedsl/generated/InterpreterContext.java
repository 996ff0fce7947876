// Generated from bytecodes.def by the cases generator (tier 1). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
package dev.bytecodedsl.generated;

import dev.bytecodedsl.kit.FrameContext;

/**
 * The runtime as the generated interpreters see it: the runtime kit's frame contract
 * ({@link FrameContext}: value stack, code, constants, resume point, statistics, eval breaker)
 * and the DSL's helpers.
 */
public interface InterpreterContext extends FrameContext, Helpers {
}
