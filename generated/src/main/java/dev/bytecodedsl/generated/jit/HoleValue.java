// Generated from bytecodes.def by the cases generator (stencils). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
package dev.bytecodedsl.generated.jit;

/**
 * What a hole is patched with (docs/jit-abi.md).
 */
public enum HoleValue {
    /**
     * {@code _JIT_CONTINUE}: address of the next uop's code.
     */
    CONTINUE,

    /**
     * {@code _JIT_JUMP_TARGET}: address of uop 0's code.
     */
    JUMP_TARGET,

    /**
     * {@code _JIT_OPARG}: the uop's oparg.
     */
    OPARG,

    /**
     * {@code _JIT_OPERAND}: the uop's 64-bit operand.
     */
    OPERAND,

    /**
     * {@code _JIT_TARGET}: the uop's tier-1 instruction offset.
     */
    TARGET,

    /**
     * {@code _JIT_UOP_INDEX}: the uop's position in the trace.
     */
    UOP_INDEX,

    /**
     * Address of the helper named by the hole's symbol (an upcall stub).
     */
    HELPER,

    /**
     * Base address of this stencil's copy of its code.
     */
    CODE,

    /**
     * Base address of this stencil's copy of its data.
     */
    DATA
}
