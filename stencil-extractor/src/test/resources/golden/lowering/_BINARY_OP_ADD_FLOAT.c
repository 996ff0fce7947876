// _BINARY_OP_ADD_FLOAT (op(_BINARY_OP_ADD_FLOAT))
JIT_CC int64_t _JIT_ENTRY(Value *__locals, Value *__sp, JitState *__state) {
    const int64_t oparg = JIT_OPARG;
    bool __breaker = false;
    (void)oparg;
    (void)__breaker;
    // op(_BINARY_OP_ADD_FLOAT)
    {
        Value left = *(__sp - 2);
        Value right = *(__sp - 1);
        Value res = 0;
        JIT_SAVE_STATE(__sp);
        res = JIT_CALL(box_float)(dsl_bits_to_double(dsl_heap_word(__state->heap_words, left, FLOAT_BITS_WORD)) + dsl_bits_to_double(dsl_heap_word(__state->heap_words, right, FLOAT_BITS_WORD)));
        if (((int64_t) (res)) == NULL_BITS) {
            JIT_LEAVE(__sp - 2, JIT_LABEL_ERROR);
        }
        *(__sp - 2) = res;
        __sp = __sp - 1;
    }
    if (__breaker && *__state->eval_breaker != 0) {
        JIT_LEAVE(__sp, JIT_CHECK_EVAL_BREAKER);
    }
    __attribute__((musttail)) return _JIT_CONTINUE(__locals, __sp, __state);
}
