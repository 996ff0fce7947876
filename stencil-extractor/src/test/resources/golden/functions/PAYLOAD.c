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

    // inst(PAYLOAD)
    {
        Value v = *(__sp - 1);
        Value r = 0;
        r = ((Value) (payload(__state, v)));
        *(__sp - 1) = r;
    }
