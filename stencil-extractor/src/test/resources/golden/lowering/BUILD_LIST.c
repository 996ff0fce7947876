// BUILD_LIST (inst(BUILD_LIST))
JIT_CC int64_t _JIT_ENTRY(Value *__locals, Value *__sp, JitState *__state) {
    const int64_t oparg = JIT_OPARG;
    bool __breaker = false;
    (void)oparg;
    (void)__breaker;
    // inst(BUILD_LIST)
    {
        Value *values = __sp + (-1LL * (oparg));
        Value list = 0;
        JIT_SAVE_STATE(__sp);
        list = JIT_CALL(build_list)(values, oparg);
        if (((int64_t) (list)) == NULL_BITS) {
            JIT_LEAVE(__sp + (-1LL * (oparg)), JIT_LABEL_ERROR);
        }
        *(__sp + (-1LL * (oparg))) = list;
        __sp = __sp + (1LL + -1LL * (oparg));
    }
    if (__breaker && *__state->eval_breaker != 0) {
        JIT_LEAVE(__sp, JIT_CHECK_EVAL_BREAKER);
    }
    __attribute__((musttail)) return _JIT_CONTINUE(__locals, __sp, __state);
}
