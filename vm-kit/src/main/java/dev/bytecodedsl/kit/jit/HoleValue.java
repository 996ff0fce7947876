package dev.bytecodedsl.kit.jit;

import java.util.Optional;

/**
 * What a hole is patched with (docs/jit-abi.md, "Holes"): the stencil extractor names the value a
 * relocation's symbol stands for, the {@link TraceCompiler} computes it per uop ({@link HoleValues}).
 */
public enum HoleValue {
    CONTINUE("_JIT_CONTINUE", "address of the next uop's code"),
    JUMP_TARGET("_JIT_JUMP_TARGET", "address of the code of the uop _JUMP_TO_TOP's operand names"),
    OPARG("_JIT_OPARG", "the uop's oparg"),
    OPERAND("_JIT_OPERAND", "the uop's 64-bit operand"),
    TARGET("_JIT_TARGET", "the uop's tier-1 instruction offset"),
    UOP_INDEX("_JIT_UOP_INDEX", "the uop's position in the trace"),
    TRACE_ID("_JIT_TRACE_ID", "the trace's id, stored in the state on leaving"),
    EXIT_LINK("_JIT_EXIT_LINK", "address of the uop's exit link slot"),
    HELPER(null, "address of the helper named by the hole's symbol (an upcall stub)"),
    CODE(null, "base address of this stencil's copy of its code"),
    DATA(null, "base address of this stencil's copy of its data");

    private final String symbol;
    private final String meaning;

    HoleValue(String symbol, String meaning) {
        this.symbol = symbol;
        this.meaning = meaning;
    }

    /** The external symbol the C template references, for the values that have one. */
    public Optional<String> symbol() {
        return Optional.ofNullable(symbol);
    }

    public String meaning() {
        return meaning;
    }

    /** The value a reference to an external symbol means: a {@code _JIT_*} name, else a helper. */
    public static HoleValue ofSymbol(String name) {
        for (HoleValue value : values()) {
            if (name.equals(value.symbol)) {
                return value;
            }
        }
        return HELPER;
    }
}
