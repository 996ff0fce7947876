// Functions of bytecodes.def (func), always inlined: declared first, so they may call each other.
static inline __attribute__((always_inline)) int64_t payload(JitState *__state, Value v);
static inline __attribute__((always_inline)) int64_t untag(Value v);

// func payload
static inline __attribute__((always_inline)) int64_t payload(JitState *__state, Value v) {
    if ((((int64_t) (v)) & TAG) != 0LL) {
        return untag(v);
    }
    return dsl_heap_word(__state->heap_words, v, PAYLOAD_WORD);
}

// func untag
static inline __attribute__((always_inline)) int64_t untag(Value v) {
    return dsl_shr(((int64_t) (v)), TAG);
}

// PAYLOAD (inst(PAYLOAD))
JIT_CC int64_t _JIT_ENTRY(Value *__locals, Value *__sp, JitState *__state) {
    const int64_t oparg = JIT_OPARG;
    bool __breaker = false;
    (void)oparg;
    (void)__breaker;
    // inst(PAYLOAD)
    {
        Value v = *(__sp - 1);
        Value r = 0;
        r = ((Value) (payload(__state, v)));
        *(__sp - 1) = r;
    }
    if (__breaker && *__state->eval_breaker != 0) {
        JIT_LEAVE(__sp, JIT_CHECK_EVAL_BREAKER);
    }
    __attribute__((musttail)) return _JIT_CONTINUE(__locals, __sp, __state);
}
