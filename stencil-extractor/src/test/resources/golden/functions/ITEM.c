// Functions of bytecodes.def (func), always inlined: declared first, so they may call each other.
static inline __attribute__((always_inline)) Value item(JitState *__state, Value v, int64_t i);
static inline __attribute__((always_inline)) void shift_item(JitState *__state, Value v, int64_t i);

// func item
static inline __attribute__((always_inline)) Value item(JitState *__state, Value v, int64_t i) {
    return ((Value) (dsl_load_word(dsl_heap_word(__state->heap_words, v, ITEMS_WORD), i)));
}

// func shift_item
static inline __attribute__((always_inline)) void shift_item(JitState *__state, Value v, int64_t i) {
    dsl_store_word(dsl_heap_word(__state->heap_words, v, ITEMS_WORD), i + 1LL, ((int64_t) (item(__state, v, i))));
}

    // inst(ITEM)
    {
        Value v = *(__sp - 1);
        Value r = 0;
        shift_item(__state, v, oparg);
        r = item(__state, v, oparg);
        *(__sp) = r;
        __sp = __sp + 1;
    }
