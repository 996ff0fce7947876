// Functions of bytecodes.def (func), always inlined: declared first, so they may call each other.
static inline __attribute__((always_inline)) int64_t untag(Value v);

// func untag
static inline __attribute__((always_inline)) int64_t untag(Value v) {
    return dsl_shr(((int64_t) (v)), TAG);
}

    // inst(UNTAG)
    {
        Value v = *(__sp - 1);
        Value r = 0;
        r = ((Value) (untag(v)));
        *(__sp - 1) = r;
    }
