// A stencil-shaped translation unit for the object-reader tests: a GOT-read value, a helper call,
// a double constant from read-only data and the tail call to the continuation.
#include <stdint.h>
typedef uint64_t Value;
typedef struct JitState { Value *sp; int64_t ip; int64_t uop_index; volatile int64_t *eval_breaker; Value *stack_base; } JitState;
#define JIT_CC __attribute__((preserve_none))
typedef JIT_CC int64_t jit_continuation(Value *, Value *, JitState *);
#ifdef _WIN32
#define JIT_IMPORT __declspec(dllimport)
#define JIT_LOCAL
#else
#define JIT_IMPORT
#define JIT_LOCAL __attribute__((visibility("hidden")))
#endif
#ifdef __APPLE__
#define JIT_CALL(f) (*({ __typeof__(&f) jit_fn_ = &f; __asm__("" : "+r"(jit_fn_)); jit_fn_; }))
#else
#define JIT_CALL(f) f
#endif
extern JIT_LOCAL jit_continuation _JIT_CONTINUE;
extern JIT_IMPORT char _JIT_OPERAND[];
extern JIT_IMPORT double scale(double d);

JIT_CC int64_t _JIT_ENTRY(Value *locals, Value *sp, JitState *state) {
    double d = JIT_CALL(scale)((double)(int64_t)sp[-1] * 0.1);
    sp[-1] = (Value)(int64_t)d + (Value)(uintptr_t)_JIT_OPERAND;
    __attribute__((musttail)) return _JIT_CONTINUE(locals, sp, state);
}
