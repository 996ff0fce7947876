// _BINARY_OP_ADD_INT (op(_BINARY_OP_ADD_INT))
JIT_CC int64_t _JIT_ENTRY(Value *__locals, Value *__sp, JitState *__state) {
    const int64_t oparg = JIT_OPARG;
    bool __breaker = false;
    (void)oparg;
    (void)__breaker;
    // op(_BINARY_OP_ADD_INT)
    {
        Value left = *(__sp - 2);
        Value right = *(__sp - 1);
        Value res = 0;
        int64_t l = ((int64_t) (left)) - SMALL_INT_TAG;
        int64_t r = ((int64_t) (right));
        if (dsl_add_overflows(l, r)) {
            JIT_EXIT_TO(__sp);
        }
        res = ((Value) (l + r));
        *(__sp - 2) = res;
        __sp = __sp - 1;
    }
    if (__breaker && *__state->eval_breaker != 0) {
        JIT_LEAVE(__sp, JIT_CHECK_EVAL_BREAKER);
    }
    __attribute__((musttail)) return _JIT_CONTINUE(__locals, __sp, __state);
}
