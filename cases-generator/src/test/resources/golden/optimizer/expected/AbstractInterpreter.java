// Generated from input.def by the cases generator (optimizer). Do not edit.
// To change it, edit input.def and run: ./casegen generate
package dev.bytecodedsl.generated;

import dev.bytecodedsl.kit.DslMath;
import dev.bytecodedsl.kit.NativeWords;
import dev.bytecodedsl.kit.optimizer.AbstractFrame;
import java.lang.foreign.MemorySegment;

/**
 * The tier-2 optimizer's abstract interpreter: runs a uop over symbols instead of values
 * ({@link #execute}) and folds pure uops on constant inputs ({@link #fold}).
 */
public final class AbstractInterpreter {
    private AbstractInterpreter() {
    }

    /**
     * Runs {@code uop}'s abstract case on {@code frame}, moving its stack pointer as the uop would.
     */
    public static void execute(AbstractFrame<? extends SymbolContext> frame, int uop, long oparg,
            long operand) {
        switch (uop) {
            case Uops.CALL -> CALL(frame, oparg, operand);
            case Uops.CALL_INLINE -> CALL_INLINE(frame, oparg, operand);
            case Uops.LOAD_PAIR -> LOAD_PAIR(frame, oparg, operand);
            case Uops.NOP -> NOP(frame, oparg, operand);
            case Uops.UNPACK_REPEAT -> UNPACK_REPEAT(frame, oparg, operand);
            case Uops._BINARY_OP -> _BINARY_OP(frame, oparg, operand);
            case Uops._BINARY_OP_ADD_INT -> _BINARY_OP_ADD_INT(frame, oparg, operand);
            case Uops._GUARD_BOTH_INT -> _GUARD_BOTH_INT(frame, oparg, operand);
            case Uops._GUARD_IS_FALSE_POP -> _GUARD_IS_FALSE_POP(frame, oparg, operand);
            case Uops._GUARD_IS_TRUE_POP -> _GUARD_IS_TRUE_POP(frame, oparg, operand);
            case Uops._LOAD_FAST -> _LOAD_FAST(frame, oparg, operand);
            case Uops._LOAD_FAST_0 -> _LOAD_FAST(frame, 0L, operand);
            case Uops._LOAD_FAST_1 -> _LOAD_FAST(frame, 1L, operand);
            case Uops._LOAD_FAST_2 -> _LOAD_FAST(frame, 2L, operand);
            case Uops._LOAD_FAST_3 -> _LOAD_FAST(frame, 3L, operand);
            case Uops._STORE_FAST -> _STORE_FAST(frame, oparg, operand);
            default -> throw new IllegalStateException("invalid uop " + uop);
        }
    }

    /**
     * Runs a foldable uop's own body on the values in {@code stack} below {@code sp} (its inputs)
     * and returns true with its one output written in place of them; false when the uop is not
     * foldable or its body would leave the trace (a failed guard, an overflow).
     */
    public static boolean fold(int uop, long oparg, long operand, MemorySegment stack, int sp) {
        return switch (uop) {
            case Uops._BINARY_OP_ADD_INT -> fold_BINARY_OP_ADD_INT(stack, sp, oparg, operand);
            default -> false;
        };
    }

    /**
     * CALL: default
     */
    static void CALL(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // CALL: default case
        {
            NativeWords.setSlot(__stack, __sp + (int) (-1L + -1L * (oparg)), __s.ctx.unknown());
            __sp = __sp + (int) (-1L * (oparg));
        }
        __s.sp = __sp;
    }

    /**
     * CALL_INLINE: default
     */
    static void CALL_INLINE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // CALL_INLINE: default case
        {
            NativeWords.setSlot(__stack, __sp + (int) (-1L + -1L * (oparg)), __s.ctx.unknown());
            __sp = __sp + (int) (-1L * (oparg));
        }
        __s.sp = __sp;
    }

    /**
     * LOAD_PAIR: default
     */
    static void LOAD_PAIR(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // LOAD_PAIR: default case
        {
            NativeWords.setSlot(__stack, __sp, __s.ctx.unknown());
            if (((oparg & 1L) != 0L)) {
                NativeWords.setSlot(__stack, __sp + 1, __s.ctx.unknown());
            }
            __sp = __sp + (int) (1L + (((oparg & 1L) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
    }

    /**
     * NOP: its own body (moves only)
     */
    static void NOP(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // inst(NOP)
        {
        }
        __s.sp = __sp;
    }

    /**
     * UNPACK_REPEAT: default
     */
    static void UNPACK_REPEAT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // UNPACK_REPEAT: default case
        {
            for (int __i = 0; __i < (int) ((oparg)); __i++) {
                NativeWords.setSlot(__stack, __sp - 1 + __i, __s.ctx.unknown());
            }
            __sp = __sp + (int) (-1L + (oparg));
        }
        __s.sp = __sp;
    }

    /**
     * _BINARY_OP: default
     */
    static void _BINARY_OP(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _BINARY_OP: default case
        {
            NativeWords.setSlot(__stack, __sp - 2, __s.ctx.unknown());
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _BINARY_OP_ADD_INT: override
     */
    static void _BINARY_OP_ADD_INT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_BINARY_OP_ADD_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = __s.ctx.symNewSmallInt();
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _BINARY_OP_ADD_INT's body on constant inputs
     */
    private static boolean fold_BINARY_OP_ADD_INT(MemorySegment __stack, int __sp, long oparg,
            long __operand) {
        // op(_BINARY_OP_ADD_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long l = (left) >> 1L;
            long r = (right) >> 1L;
            if (DslMath.addOverflows(l, r)) {
                return false;
            }
            res = (((l + r) << 1L) | 1L);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        return true;
    }

    /**
     * _GUARD_BOTH_INT: override
     */
    static void _GUARD_BOTH_INT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_GUARD_BOTH_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            if (__s.ctx.symIsSmallInt(left) && __s.ctx.symIsSmallInt(right)) {
                __s.ctx.replaceOp(Uops.NOP);
            }
            __s.ctx.symSetSmallInt(left);
            __s.ctx.symSetSmallInt(right);
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_IS_FALSE_POP: default
     */
    static void _GUARD_IS_FALSE_POP(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _GUARD_IS_FALSE_POP: default case
        {
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_IS_TRUE_POP: default
     */
    static void _GUARD_IS_TRUE_POP(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _GUARD_IS_TRUE_POP: default case
        {
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _LOAD_FAST: its own body (moves only)
     */
    static void _LOAD_FAST(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_LOAD_FAST)
        {
            long value = 0L;
            value = NativeWords.slot(__stack, __s.fp + (int) (oparg));
            NativeWords.setSlot(__stack, __sp, value);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
    }

    /**
     * _STORE_FAST: its own body (moves only)
     */
    static void _STORE_FAST(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_STORE_FAST)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            NativeWords.setSlot(__stack, __s.fp + (int) (oparg), value);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }
}
