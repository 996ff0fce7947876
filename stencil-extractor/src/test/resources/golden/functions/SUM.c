// Functions of bytecodes.def (func), always inlined: declared first, so they may call each other.
static inline __attribute__((always_inline)) Value boxed_sum(JitState *__state, int64_t a, int64_t b);
static inline __attribute__((always_inline)) int64_t untag(Value v);

// func boxed_sum
static inline __attribute__((always_inline)) Value boxed_sum(JitState *__state, int64_t a, int64_t b) {
    int64_t sum = a + b;
    return JIT_CALL(box_int)(sum);
}

// func untag
static inline __attribute__((always_inline)) int64_t untag(Value v) {
    return dsl_shr(((int64_t) (v)), TAG);
}

    // inst(SUM)
    {
        Value a = *(__sp - 2);
        Value b = *(__sp - 1);
        Value v = 0;
        JIT_SAVE_STATE(__sp);
        v = boxed_sum(__state, untag(a), untag(b));
        if (((int64_t) (v)) == 0LL) {
            JIT_LEAVE(__sp - 2, JIT_LABEL_ERROR);
        }
        *(__sp - 2) = v;
        __sp = __sp - 1;
    }
