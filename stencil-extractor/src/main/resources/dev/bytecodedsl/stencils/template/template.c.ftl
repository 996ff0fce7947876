<#-- One uop's stencil (like CPython's Tools/jit/template.c): the lowered body inside a function with
     the stencil calling convention, continuing with a tail call. -->
<#include "prelude.c.ftl">

// ${uop.name} (${uop.source})
JIT_CC int64_t _JIT_ENTRY(Value *__locals, Value *__sp, JitState *__state) {
    const int64_t oparg = ${uop.oparg};
    bool __breaker = false;
    (void)oparg;
    (void)__breaker;
${uop.statements?chop_linebreak?replace("^", "    ", "rm")}
<#if uop.completesNormally>
    if (__breaker && *__state->eval_breaker != 0) {
        JIT_LEAVE(__sp, JIT_CHECK_EVAL_BREAKER);
    }
    __attribute__((musttail)) return ${continuation}(__locals, __sp, __state);
</#if>
}
