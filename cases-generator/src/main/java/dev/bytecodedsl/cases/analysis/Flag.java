package dev.bytecodedsl.cases.analysis;

/**
 * Properties of an instruction or uop derived from its body AST and annotations. Generators emit
 * them as bit flags (the bit is the ordinal), the optimizer and the JIT use them to decide what a
 * uop may do.
 */
public enum Flag {
    /** Reads oparg (in the body, an array size or a conditional item). */
    HAS_ARG,
    /** Reads the code object's constants (GETCONST). */
    USES_CONST,
    /** Reads the code object's names (GETNAME). */
    USES_NAME,
    /** Reads or writes frame locals (GETLOCAL/SETLOCAL). */
    USES_LOCAL,
    /** Changes the instruction pointer (JUMPBY). */
    JUMPS,
    /** May deoptimize to the generic instruction (DEOPT_IF). */
    MAY_DEOPT,
    /** May take a side exit (EXIT_IF). */
    MAY_EXIT,
    /** May raise (ERROR_IF, ERROR_NO_POP, goto a label). */
    MAY_ERROR,
    /** Calls a helper declared {@code escaping}: it may run arbitrary code. */
    ESCAPES,
    /** Annotated {@code pure}: no side effects, foldable on constant inputs. */
    PURE,
    /** Annotated {@code guard}. */
    GUARD,
    /** Contains CHECK_EVAL_BREAKER. */
    EVAL_BREAK;

    public int bit() {
        return 1 << ordinal();
    }
}
