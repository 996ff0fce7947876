// _POP_FRAME (op(_POP_FRAME))
JIT_CC int64_t _JIT_ENTRY(Value *__locals, Value *__sp, JitState *__state) {
    const int64_t oparg = JIT_OPARG;
    bool __breaker = false;
    (void)oparg;
    (void)__breaker;
    // op(_POP_FRAME)
    {
        Value retval = *(__sp - 1);
        JIT_SAVE_STATE(__sp);
        JIT_CALL(pop_frame)(retval);
        __locals = __state->locals;
        __sp = __state->sp;
        __attribute__((musttail)) return _JIT_CONTINUE(__locals, __sp, __state);
    }
}
