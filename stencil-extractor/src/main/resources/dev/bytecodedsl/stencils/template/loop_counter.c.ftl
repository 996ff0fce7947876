<#-- The loop counter (docs/jit-abi.md): with statistics on, the runtime lays it out in front of a
     trace's loop close, so the machine code counts its loop's iterations then and only then. -->
<#include "prelude.c.ftl">

JIT_CC int64_t _JIT_ENTRY(Value *__locals, Value *__sp, JitState *__state) {
    __state->loop_closes++;
    __attribute__((musttail)) return _JIT_CONTINUE(__locals, __sp, __state);
}
