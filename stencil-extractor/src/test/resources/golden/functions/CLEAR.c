// Functions of bytecodes.def (func), always inlined: declared first, so they may call each other.
static inline __attribute__((always_inline)) void clear_payloads(JitState *__state, Value v, int64_t n);

// func clear_payloads
static inline __attribute__((always_inline)) void clear_payloads(JitState *__state, Value v, int64_t n) {
    if (dsl_heap_type(__state->heap_words, v) == 0LL) {
        return;
    }
    for (int64_t i = 0LL; i < n; i = i + 1LL) {
        dsl_set_heap_word(__state->heap_words, v, PAYLOAD_WORD, 0LL);
    }
    JIT_CALL(note)(v);
}

    // inst(CLEAR)
    {
        Value v = *(__sp - 1);
        JIT_SAVE_STATE(__sp);
        clear_payloads(__state, v, oparg);
        __sp = __sp - 1;
    }
