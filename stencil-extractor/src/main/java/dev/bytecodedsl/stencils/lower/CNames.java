package dev.bytecodedsl.stencils.lower;

import dev.bytecodedsl.diagnostics.SourcePos;
import java.util.Set;

/**
 * Names the DSL allows (Java keywords are already rejected there) but C does not, or that the
 * stencil's own C text uses. A body or declaration using one cannot be lowered to C.
 */
public final class CNames {

    private static final Set<String> RESERVED = Set.of(
            // C11 keywords that are not Java keywords
            "auto", "extern", "register", "signed", "unsigned", "sizeof", "struct", "typedef", "union",
            "inline", "restrict", "_Bool", "_Complex", "_Imaginary", "_Alignas", "_Alignof", "_Atomic",
            "_Generic", "_Noreturn", "_Static_assert", "_Thread_local",
            // what the prelude defines
            "Value", "JitState", "int64_t", "uint64_t", "uintptr_t", "bool", "true", "false", "NULL",
            "DSL_DIV", "DSL_REM", "dsl_div", "dsl_rem", "dsl_fdiv", "dsl_fmod", "dsl_shl", "dsl_shr",
            "dsl_ushr", "dsl_to_int", "dsl_floor", "dsl_double_bits", "dsl_bits_to_double",
            "dsl_heap_word", "dsl_set_heap_word", "dsl_heap_type", "dsl_load_word", "dsl_store_word",
            "jit_continuation", "jit_fn_", "dsl_l_", "dsl_acc_", "__auto_type");

    private CNames() {}

    /** Throws when {@code name} cannot be a C identifier of the stencil. */
    public static String check(String name, SourcePos pos, String what) {
        if ((RESERVED.contains(name) || name.startsWith("_JIT_")) && !(what.equals("type") && name.equals("Value"))) {
            throw new LoweringException(pos, what + " '" + name + "' cannot be lowered to C for a JIT stencil: '"
                    + name + "' is reserved in C or in the stencil template");
        }
        return name;
    }
}
