// _UNPACK_SEQUENCE (op(_UNPACK_SEQUENCE))
JIT_CC int64_t _JIT_ENTRY(Value *__locals, Value *__sp, JitState *__state) {
    const int64_t oparg = JIT_OPARG;
    bool __breaker = false;
    (void)oparg;
    (void)__breaker;
    // op(_UNPACK_SEQUENCE)
    {
        Value seq = *(__sp - 1);
        Value *output = __sp - 1;
        JIT_SAVE_STATE(__sp);
        if (!JIT_CALL(unpack_sequence)(seq, oparg, output)) {
            JIT_LEAVE(__sp - 1, JIT_LABEL_ERROR);
        }
        __sp = __sp + (-1LL + (oparg));
    }
    if (__breaker && *__state->eval_breaker != 0) {
        JIT_LEAVE(__sp, JIT_CHECK_EVAL_BREAKER);
    }
    __attribute__((musttail)) return _JIT_CONTINUE(__locals, __sp, __state);
}
