// Functions of bytecodes.def (func), always inlined: declared first, so they may call each other.
static inline __attribute__((always_inline)) int64_t untag(Value v);

// func untag
static inline __attribute__((always_inline)) int64_t untag(Value v) {
    return dsl_shr(((int64_t) (v)), TAG);
}

// UNTAG (inst(UNTAG))
JIT_CC int64_t _JIT_ENTRY(Value *__locals, Value *__sp, JitState *__state) {
    const int64_t oparg = JIT_OPARG;
    bool __breaker = false;
    (void)oparg;
    (void)__breaker;
    // inst(UNTAG)
    {
        Value v = *(__sp - 1);
        Value r = 0;
        r = ((Value) (untag(v)));
        *(__sp - 1) = r;
    }
    if (__breaker && *__state->eval_breaker != 0) {
        JIT_LEAVE(__sp, JIT_CHECK_EVAL_BREAKER);
    }
    __attribute__((musttail)) return _JIT_CONTINUE(__locals, __sp, __state);
}
