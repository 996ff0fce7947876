// Generated from bytecodes.def by the cases generator (interpreters). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
package dev.bytecodedsl.generated;

import dev.bytecodedsl.kit.FrameRegisters;

/**
 * The interpreters' registers: the kit's, with this DSL's context and its helpers.
 */
final class Registers extends FrameRegisters {
    final InterpreterContext ctx;

    Registers(InterpreterContext ctx) {
        super(ctx);
        this.ctx = ctx;
    }
}
