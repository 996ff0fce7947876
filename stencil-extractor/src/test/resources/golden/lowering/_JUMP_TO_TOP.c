// _JUMP_TO_TOP (op(_JUMP_TO_TOP))
JIT_CC int64_t _JIT_ENTRY(Value *__locals, Value *__sp, JitState *__state) {
    const int64_t oparg = JIT_OPARG;
    bool __breaker = false;
    (void)oparg;
    (void)__breaker;
    // op(_JUMP_TO_TOP)
    {
        __breaker = true;
    }
    if (__breaker && *__state->eval_breaker != 0) {
        JIT_LEAVE(__sp, JIT_CHECK_EVAL_BREAKER);
    }
    __attribute__((musttail)) return _JIT_JUMP_TARGET(__locals, __sp, __state);
}
