// Generated from input.def by the cases generator (tier 1). Do not edit.
// To change it, edit input.def and run: ./casegen generate
package dev.bytecodedsl.generated;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;

/**
 * The tier-1 interpreter: executes code units, specializing instructions in place through
 * the {@code specialize_*} helpers. Entered with {@link #run} for the runtime's current
 * frame; returns when that frame returns (its result) or unwinds (NULL).
 */
public final class Tier1Interpreter {
    /**
     * The instruction finished; dispatch the next one.
     */
    static final int NEXT = 0;

    /**
     * The instruction was rewritten; dispatch it again.
     */
    static final int DISPATCH_SAME = 1;

    /**
     * The instruction finished at an eval-breaker point.
     */
    static final int CHECK_EVAL_BREAKER = 2;

    /**
     * Leave through label error.
     */
    static final int LABEL_ERROR = 3;

    private Tier1Interpreter() {
    }

    /**
     * Runs the context's current frame until it returns; the result Value, or NULL with an exception pending.
     */
    public static long run(InterpreterContext ctx) {
        Registers s = new Registers(ctx);
        while (true) {
            int unit = s.code[s.ip];
            int opcode = unit & 0xFF;
            if (s.stats) ctx.countExecution(opcode);
            int status = dispatch(s, opcode, unit >>> 8);
            if (status == NEXT || status == DISPATCH_SAME) {
                continue;
            }
            if (status == CHECK_EVAL_BREAKER) {
                if (!ctx.evalBreakerPending()) {
                    continue;
                }
                ctx.saveState(s.ip, s.ip, s.sp);
                if (ctx.handleEvalBreaker()) {
                    continue;
                }
                status = LABEL_ERROR;
            }
            // A label ends by resuming wherever the helpers left the current frame.
            runLabel(s, status);
            if (ctx.entryFrameDone()) {
                return ctx.takeEntryResult();
            }
            s.reload();
        }
    }

    private static int dispatch(Registers s, int opcode, long oparg) {
        return switch (opcode) {
            case Opcodes.CLEAR -> CLEAR(s, oparg);
            case Opcodes.NOP -> NOP(s, oparg);
            case Opcodes.PAYLOAD -> PAYLOAD(s, oparg);
            case Opcodes.SUM -> SUM(s, oparg);
            case Opcodes.UNTAG -> UNTAG(s, oparg);
            default -> throw new IllegalStateException("invalid opcode " + opcode + " at code unit " + s.ip);
        };
    }

    private static void runLabel(Registers s, int status) {
        switch (status) {
            case LABEL_ERROR -> label_error(s);
            default -> throw new IllegalStateException("invalid status " + status);
        }
    }

    /**
     * label(error)
     */
    private static void label_error(Registers __s) {
        MemorySegment __stack = __s.stack;
    }

    /**
     * inst(CLEAR)
     */
    static int CLEAR(Registers __s, long oparg) {
        MemorySegment __stack = __s.stack;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(CLEAR)
        {
            long v = __stack.getAtIndex(JAVA_LONG, __sp - 1);
            __s.ctx.saveState(__ip, __after, __sp);
            DslFunctions.clear_payloads(__s, v, oparg);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(NOP)
     */
    static int NOP(Registers __s, long oparg) {
        MemorySegment __stack = __s.stack;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(NOP)
        {
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(PAYLOAD)
     */
    static int PAYLOAD(Registers __s, long oparg) {
        MemorySegment __stack = __s.stack;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(PAYLOAD)
        {
            long v = __stack.getAtIndex(JAVA_LONG, __sp - 1);
            long r = 0L;
            r = (DslFunctions.payload(__s, v));
            __stack.setAtIndex(JAVA_LONG, __sp - 1, r);
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(SUM)
     */
    static int SUM(Registers __s, long oparg) {
        MemorySegment __stack = __s.stack;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(SUM)
        {
            long a = __stack.getAtIndex(JAVA_LONG, __sp - 2);
            long b = __stack.getAtIndex(JAVA_LONG, __sp - 1);
            long v = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            v = DslFunctions.boxed_sum(__s, DslFunctions.untag(a), DslFunctions.untag(b));
            if ((v) == 0L) {
                __s.sp = __sp - 2;
                return LABEL_ERROR;
            }
            __stack.setAtIndex(JAVA_LONG, __sp - 2, v);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(UNTAG)
     */
    static int UNTAG(Registers __s, long oparg) {
        MemorySegment __stack = __s.stack;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(UNTAG)
        {
            long v = __stack.getAtIndex(JAVA_LONG, __sp - 1);
            long r = 0L;
            r = (DslFunctions.untag(v));
            __stack.setAtIndex(JAVA_LONG, __sp - 1, r);
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * A 32-bit inline-cache entry (little-endian code units).
     */
    static long read32(char[] code, int at) {
        return (long) code[at] | (long) code[at + 1] << 16;
    }

    /**
     * A 64-bit inline-cache entry (little-endian code units).
     */
    static long read64(char[] code, int at) {
        return (long) code[at] | (long) code[at + 1] << 16 | (long) code[at + 2] << 32 | (long) code[at + 3] << 48;
    }
}
