<#-- The shim: the one C-ABI function the runtime calls (docs/jit-abi.md). -->
<#include "prelude.c.ftl">

int64_t _JIT_SHIM(void *entry, Value *locals, Value *sp, JitState *state) {
    return ((jit_continuation *)entry)(locals, sp, state);
}
