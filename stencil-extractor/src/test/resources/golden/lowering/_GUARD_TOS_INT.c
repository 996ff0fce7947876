// _GUARD_TOS_INT (op(_GUARD_TOS_INT))
JIT_CC int64_t _JIT_ENTRY(Value *__locals, Value *__sp, JitState *__state) {
    const int64_t oparg = JIT_OPARG;
    bool __breaker = false;
    (void)oparg;
    (void)__breaker;
    // op(_GUARD_TOS_INT)
    {
        Value value = *(__sp - 1);
        if ((((int64_t) (value)) & SMALL_INT_TAG) == 0LL) {
            JIT_EXIT_TO(__sp);
        }
    }
    if (__breaker && *__state->eval_breaker != 0) {
        JIT_LEAVE(__sp, JIT_CHECK_EVAL_BREAKER);
    }
    __attribute__((musttail)) return _JIT_CONTINUE(__locals, __sp, __state);
}
