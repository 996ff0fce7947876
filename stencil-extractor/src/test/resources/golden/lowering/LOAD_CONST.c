// LOAD_CONST (inst(LOAD_CONST))
JIT_CC int64_t _JIT_ENTRY(Value *__locals, Value *__sp, JitState *__state) {
    const int64_t oparg = JIT_OPARG;
    bool __breaker = false;
    (void)oparg;
    (void)__breaker;
    // inst(LOAD_CONST)
    {
        Value value = 0;
        value = JIT_CALL(GETCONST)(oparg);
        *(__sp) = value;
        __sp = __sp + 1;
    }
    if (__breaker && *__state->eval_breaker != 0) {
        JIT_LEAVE(__sp, JIT_CHECK_EVAL_BREAKER);
    }
    __attribute__((musttail)) return _JIT_CONTINUE(__locals, __sp, __state);
}
