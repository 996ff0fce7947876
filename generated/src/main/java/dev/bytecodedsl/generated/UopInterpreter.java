// Generated from bytecodes.def by the cases generator (tier 2). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
package dev.bytecodedsl.generated;

import dev.bytecodedsl.kit.DslMath;
import dev.bytecodedsl.kit.NativeWords;
import dev.bytecodedsl.kit.trace.TraceInterpreter;
import dev.bytecodedsl.kit.trace.TraceRunner;

/**
 * The tier-2 uop interpreter: runs an optimized trace on the current frame until a uop
 * leaves it (a side exit or the end of the projection) or an error is unwound.
 */
public final class UopInterpreter {
    /**
     * The uop finished; run the next one.
     */
    static final int NEXT = 0;

    /**
     * The uop left the trace; tier 1 resumes at its instruction.
     */
    public static final int EXIT = 1;

    /**
     * The uop finished at an eval-breaker point.
     */
    public static final int CHECK_EVAL_BREAKER = 2;

    /**
     * What {@link #run} returns after an error was unwound (or another label ran).
     */
    public static final int LEFT_THROUGH_LABEL = TraceRunner.LEFT_THROUGH_LABEL;

    /**
     * Runs the runtime kit's traces on this interpreter: each is decoded into cells once, when
     * its executor first runs interpreted.
     */
    public static final TraceInterpreter<UopContext> TRACES = trace -> {
        UopCell[] cells = UopCell.of(trace.uops(), trace.opargs(), trace.operands(), trace.targets());
        return (ctx, sp) -> run(ctx, sp, cells);
    };

    /**
     * Leave through label error.
     */
    public static final int LABEL_ERROR = 3;

    /**
     * Leave through label resume_frame.
     */
    public static final int LABEL_RESUME_FRAME = 4;

    private UopInterpreter() {
    }

    /**
     * Runs a trace (its cells, {@link UopCell#of}) from its first uop on the context's current frame, whose
     * stack pointer is {@code sp}. Returns the index of the uop that left the trace, or
     * {@link #LEFT_THROUGH_LABEL}; either way the context's last {@code saveState} says where
     * tier 1 resumes (for an exit: the exiting uop's target and the stack pointer it found).
     */
    public static int run(UopContext ctx, int sp, UopCell[] cells) {
        Registers s = new Registers(ctx);
        s.sp = sp;
        // Statistics count every uop in a loop of their own, so the plain loop tests for nothing.
        return s.stats ? runCounting(ctx, s, cells) : runPlain(ctx, s, cells);
    }

    private static int runPlain(UopContext ctx, Registers s, UopCell[] cells) {
        int pc = 0;
        while (true) {
            UopCell cell = cells[pc];
            s.ip = cell.target;
            int status = cell.execute(s);
            if (status == NEXT) {
                pc = cell.successor;
                continue;
            }
            // A fused cell says which of its uops stopped it (they share the cell's target).
            pc += status >>> UopCell.PART_SHIFT;
            status &= (1 << UopCell.PART_SHIFT) - 1;
            if (status == EXIT) {
                ctx.saveState(s.ip, s.ip, s.sp);
                return pc;
            }
            if (status == CHECK_EVAL_BREAKER) {
                pc = cell.successor;
                if (!ctx.evalBreakerPending()) {
                    continue;
                }
                ctx.saveState(cells[pc].target, cells[pc].target, s.sp);
                if (ctx.handleEvalBreaker()) {
                    continue;
                }
                status = LABEL_ERROR;
            }
            runLabel(s, status);
            return LEFT_THROUGH_LABEL;
        }
    }

    private static int runCounting(UopContext ctx, Registers s, UopCell[] cells) {
        int pc = 0;
        while (true) {
            UopCell cell = cells[pc];
            s.ip = cell.target;
            int status = cell.execute(s);
            cell.countUops(ctx, status);
            if (status == NEXT) {
                pc = cell.successor;
                continue;
            }
            // A fused cell says which of its uops stopped it (they share the cell's target).
            pc += status >>> UopCell.PART_SHIFT;
            status &= (1 << UopCell.PART_SHIFT) - 1;
            if (status == EXIT) {
                ctx.saveState(s.ip, s.ip, s.sp);
                return pc;
            }
            if (status == CHECK_EVAL_BREAKER) {
                pc = cell.successor;
                if (!ctx.evalBreakerPending()) {
                    continue;
                }
                ctx.saveState(cells[pc].target, cells[pc].target, s.sp);
                if (ctx.handleEvalBreaker()) {
                    continue;
                }
                status = LABEL_ERROR;
            }
            runLabel(s, status);
            return LEFT_THROUGH_LABEL;
        }
    }

    /**
     * Runs the label whose status code is {@code status} (3 + its index) after a native trace
     * left through it: the leaving uop's target {@code ip} and the stack pointer {@code sp}
     * stand for the registers {@link #run} would have had.
     */
    public static void runLabel(UopContext ctx, int status, int ip, int sp) {
        Registers s = new Registers(ctx);
        s.ip = ip;
        s.sp = sp;
        runLabel(s, status);
    }

    private static void runLabel(Registers s, int status) {
        switch (status) {
            case LABEL_ERROR -> label_error(s);
            case LABEL_RESUME_FRAME -> label_resume_frame(s);
            default -> throw new IllegalStateException("invalid status " + status);
        }
    }

    /**
     * label(error)
     */
    private static void label_error(Registers __s) {
        long __stack = __s.stackBase;
        __s.ctx.saveState(__s.ip, __s.ip, __s.sp);
        __s.ctx.unwindException();
    }

    /**
     * label(resume_frame)
     */
    private static void label_resume_frame(Registers __s) {
        long __stack = __s.stackBase;
    }

    /**
     * inst(BINARY_SLICE)
     */
    static int BINARY_SLICE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(BINARY_SLICE)
        {
            long container = NativeWords.slot(__stack, __sp - 3);
            long start = NativeWords.slot(__stack, __sp - 2);
            long stop = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            res = __s.ctx.binarySlice(container, start, stop);
            if ((res) == DslConstants.NULL_BITS) {
                __s.sp = __sp - 3;
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp - 3, res);
            __sp = __sp - 2;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(BUILD_LIST)
     */
    static int BUILD_LIST(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(BUILD_LIST)
        {
            int values = __sp + (int) (-1L * (oparg));
            long list = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            list = __s.ctx.buildList(values, oparg);
            if ((list) == DslConstants.NULL_BITS) {
                __s.sp = __sp + (int) (-1L * (oparg));
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp + (int) (-1L * (oparg)), list);
            __sp = __sp + (int) (1L + -1L * (oparg));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(BUILD_MAP)
     */
    static int BUILD_MAP(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(BUILD_MAP)
        {
            int values = __sp + (int) (-1L * (oparg * 2L));
            long map = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            map = __s.ctx.buildMap(values, oparg);
            if ((map) == DslConstants.NULL_BITS) {
                __s.sp = __sp + (int) (-1L * (oparg * 2L));
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp + (int) (-1L * (oparg * 2L)), map);
            __sp = __sp + (int) (1L + -1L * (oparg * 2L));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(BUILD_SLICE)
     */
    static int BUILD_SLICE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(BUILD_SLICE)
        {
            long start = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * ((oparg == 3L) ? 1L : 0L)));
            long stop = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * ((oparg == 3L) ? 1L : 0L)));
            long step = (oparg == 3L) ? NativeWords.slot(__stack, __sp + (int) (-1L * ((oparg == 3L) ? 1L : 0L))) : 0L;
            long slice = 0L;
            long step_or_null = (DslConstants.NULL_BITS);
            if (oparg == 3L) {
                step_or_null = step;
            }
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            slice = __s.ctx.buildSlice(start, stop, step_or_null);
            if ((slice) == DslConstants.NULL_BITS) {
                __s.sp = __sp + (int) (-2L + -1L * ((oparg == 3L) ? 1L : 0L));
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp + (int) (-2L + -1L * ((oparg == 3L) ? 1L : 0L)), slice);
            __sp = __sp + (int) (-1L + -1L * ((oparg == 3L) ? 1L : 0L));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(BUILD_TUPLE)
     */
    static int BUILD_TUPLE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(BUILD_TUPLE)
        {
            int values = __sp + (int) (-1L * (oparg));
            long tuple = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            tuple = __s.ctx.buildTuple(values, oparg);
            if ((tuple) == DslConstants.NULL_BITS) {
                __s.sp = __sp + (int) (-1L * (oparg));
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp + (int) (-1L * (oparg)), tuple);
            __sp = __sp + (int) (1L + -1L * (oparg));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(CALL_KW)
     */
    static int CALL_KW(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(CALL_KW)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-3L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            int args = __sp + (int) (-1L + -1L * (oparg));
            long kwnames = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            res = __s.ctx.callObjectKw(callable, self_or_null, args, oparg, kwnames);
            if ((res) == DslConstants.NULL_BITS) {
                __s.sp = __sp + (int) (-3L + -1L * (oparg));
                return LABEL_ERROR;
            }
            __breaker = true;
            NativeWords.setSlot(__stack, __sp + (int) (-3L + -1L * (oparg)), res);
            __sp = __sp + (int) (-2L + -1L * (oparg));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(CHECK_EXC_MATCH)
     */
    static int CHECK_EXC_MATCH(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(CHECK_EXC_MATCH)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long b = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            long match = __s.ctx.exceptionMatches(left, right);
            if (match < 0L) {
                __s.sp = __sp - 2;
                return LABEL_ERROR;
            }
            b = ((match != 0L) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 1, b);
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(CONTAINS_OP)
     */
    static int CONTAINS_OP(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(CONTAINS_OP)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long b = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            long found = __s.ctx.contains(right, left);
            if (found < 0L) {
                __s.sp = __sp - 2;
                return LABEL_ERROR;
            }
            b = (((found != 0L) != (oparg != 0L)) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 2, b);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(COPY)
     */
    static int COPY(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(COPY)
        {
            long bottom = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg - 1L)));
            long top = 0L;
            top = bottom;
            NativeWords.setSlot(__stack, __sp, top);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(DELETE_SUBSCR)
     */
    static int DELETE_SUBSCR(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(DELETE_SUBSCR)
        {
            long container = NativeWords.slot(__stack, __sp - 2);
            long sub = NativeWords.slot(__stack, __sp - 1);
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            if (!__s.ctx.deleteSubscr(container, sub)) {
                __s.sp = __sp - 2;
                return LABEL_ERROR;
            }
            __sp = __sp - 2;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(END_FOR)
     */
    static int END_FOR(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(END_FOR)
        {
            long iter = NativeWords.slot(__stack, __sp - 2);
            long value = NativeWords.slot(__stack, __sp - 1);
            __sp = __sp - 2;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(GET_ITER)
     */
    static int GET_ITER(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(GET_ITER)
        {
            long iterable = NativeWords.slot(__stack, __sp - 1);
            long iter = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            iter = __s.ctx.getIter(iterable);
            if ((iter) == DslConstants.NULL_BITS) {
                __s.sp = __sp - 1;
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp - 1, iter);
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(IS_OP)
     */
    static int IS_OP(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(IS_OP)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long b = 0L;
            b = (((left == right) != (oparg != 0L)) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 2, b);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(LIST_APPEND)
     */
    static int LIST_APPEND(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(LIST_APPEND)
        {
            long list = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg - 1L)));
            long v = NativeWords.slot(__stack, __sp - 1);
            __s.ctx.listAppend(list, v);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(LOAD_BUILD_CLASS)
     */
    static int LOAD_BUILD_CLASS(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(LOAD_BUILD_CLASS)
        {
            long bc = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            bc = __s.ctx.loadBuildClass();
            if ((bc) == DslConstants.NULL_BITS) {
                __s.sp = __sp;
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp, bc);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(LOAD_CONST)
     */
    static int LOAD_CONST(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(LOAD_CONST)
        {
            long value = 0L;
            value = __s.consts[(int) (oparg)];
            NativeWords.setSlot(__stack, __sp, value);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(LOAD_FAST_AND_CLEAR)
     */
    static int LOAD_FAST_AND_CLEAR(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(LOAD_FAST_AND_CLEAR)
        {
            long value = 0L;
            value = NativeWords.slot(__stack, __s.fp + (int) (oparg));
            NativeWords.setSlot(__stack, __s.fp + (int) (oparg), (DslConstants.NULL_BITS));
            NativeWords.setSlot(__stack, __sp, value);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(LOAD_FAST_CHECK)
     */
    static int LOAD_FAST_CHECK(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(LOAD_FAST_CHECK)
        {
            long value = 0L;
            value = NativeWords.slot(__stack, __s.fp + (int) (oparg));
            if ((value) == DslConstants.NULL_BITS) {
                __s.ctx.saveState(__s.ip, __s.ip, __sp);
                __s.ctx.raiseUnboundLocal(oparg);
                __s.sp = __sp;
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp, value);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(LOAD_FAST_LOAD_FAST)
     */
    static int LOAD_FAST_LOAD_FAST(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(LOAD_FAST_LOAD_FAST)
        {
            long value1 = 0L;
            long value2 = 0L;
            value1 = NativeWords.slot(__stack, __s.fp + (int) (oparg >> DslConstants.SUPER_SHIFT));
            value2 = NativeWords.slot(__stack, __s.fp + (int) (oparg & DslConstants.SUPER_MASK));
            NativeWords.setSlot(__stack, __sp, value1);
            NativeWords.setSlot(__stack, __sp + 1, value2);
            __sp = __sp + 2;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(LOAD_NAME)
     */
    static int LOAD_NAME(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(LOAD_NAME)
        {
            long v = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            v = __s.ctx.loadName(__s.names[(int) (oparg)]);
            if ((v) == DslConstants.NULL_BITS) {
                __s.sp = __sp;
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp, v);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(MAKE_FUNCTION)
     */
    static int MAKE_FUNCTION(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(MAKE_FUNCTION)
        {
            long defaults = ((oparg & DslConstants.MAKE_FUNCTION_DEFAULTS) != 0L) ? NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (((oparg & DslConstants.MAKE_FUNCTION_DEFAULTS) != 0L) ? 1L : 0L))) : 0L;
            long codeobj = NativeWords.slot(__stack, __sp - 1);
            long func = 0L;
            long defaults_or_null = (DslConstants.NULL_BITS);
            if ((oparg & DslConstants.MAKE_FUNCTION_DEFAULTS) != 0L) {
                defaults_or_null = defaults;
            }
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            func = __s.ctx.makeFunction(codeobj, defaults_or_null);
            if ((func) == DslConstants.NULL_BITS) {
                __s.sp = __sp + (int) (-1L + -1L * (((oparg & DslConstants.MAKE_FUNCTION_DEFAULTS) != 0L) ? 1L : 0L));
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp + (int) (-1L + -1L * (((oparg & DslConstants.MAKE_FUNCTION_DEFAULTS) != 0L) ? 1L : 0L)), func);
            __sp = __sp + (int) (-1L * (((oparg & DslConstants.MAKE_FUNCTION_DEFAULTS) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(NOP)
     */
    static int NOP(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(NOP)
        {
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(POP_EXCEPT)
     */
    static int POP_EXCEPT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(POP_EXCEPT)
        {
            long exc_value = NativeWords.slot(__stack, __sp - 1);
            __s.ctx.setHandledException(exc_value);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(POP_TOP)
     */
    static int POP_TOP(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(POP_TOP)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(PUSH_EXC_INFO)
     */
    static int PUSH_EXC_INFO(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(PUSH_EXC_INFO)
        {
            long exc = NativeWords.slot(__stack, __sp - 1);
            long prev_exc = 0L;
            long new_exc = 0L;
            prev_exc = __s.ctx.handledException();
            __s.ctx.setHandledException(exc);
            new_exc = exc;
            NativeWords.setSlot(__stack, __sp - 1, prev_exc);
            NativeWords.setSlot(__stack, __sp, new_exc);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(PUSH_NULL)
     */
    static int PUSH_NULL(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(PUSH_NULL)
        {
            long res = 0L;
            res = (DslConstants.NULL_BITS);
            NativeWords.setSlot(__stack, __sp, res);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(RAISE_VARARGS)
     */
    static int RAISE_VARARGS(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(RAISE_VARARGS)
        {
            int args = __sp + (int) (-1L * (oparg));
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            __s.ctx.raiseVarargs(args, oparg);
            if (true) {
                __s.sp = __sp + (int) (-1L * (oparg));
                return LABEL_ERROR;
            }
            __sp = __sp + (int) (-1L * (oparg));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(RERAISE)
     */
    static int RERAISE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(RERAISE)
        {
            long exc = NativeWords.slot(__stack, __sp - 1);
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            __s.ctx.reraise(exc);
            if (true) {
                __s.sp = __sp - 1;
                return LABEL_ERROR;
            }
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(STORE_FAST_LOAD_FAST)
     */
    static int STORE_FAST_LOAD_FAST(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(STORE_FAST_LOAD_FAST)
        {
            long value1 = NativeWords.slot(__stack, __sp - 1);
            long value2 = 0L;
            NativeWords.setSlot(__stack, __s.fp + (int) (oparg >> DslConstants.SUPER_SHIFT), value1);
            value2 = NativeWords.slot(__stack, __s.fp + (int) (oparg & DslConstants.SUPER_MASK));
            NativeWords.setSlot(__stack, __sp - 1, value2);
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(STORE_FAST_STORE_FAST)
     */
    static int STORE_FAST_STORE_FAST(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(STORE_FAST_STORE_FAST)
        {
            long value2 = NativeWords.slot(__stack, __sp - 2);
            long value1 = NativeWords.slot(__stack, __sp - 1);
            NativeWords.setSlot(__stack, __s.fp + (int) (oparg >> DslConstants.SUPER_SHIFT), value1);
            NativeWords.setSlot(__stack, __s.fp + (int) (oparg & DslConstants.SUPER_MASK), value2);
            __sp = __sp - 2;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(STORE_NAME)
     */
    static int STORE_NAME(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(STORE_NAME)
        {
            long v = NativeWords.slot(__stack, __sp - 1);
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            if (!__s.ctx.storeName(__s.names[(int) (oparg)], v)) {
                __s.sp = __sp - 1;
                return LABEL_ERROR;
            }
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(STORE_SLICE)
     */
    static int STORE_SLICE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(STORE_SLICE)
        {
            long v = NativeWords.slot(__stack, __sp - 4);
            long container = NativeWords.slot(__stack, __sp - 3);
            long start = NativeWords.slot(__stack, __sp - 2);
            long stop = NativeWords.slot(__stack, __sp - 1);
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            if (!__s.ctx.storeSlice(container, start, stop, v)) {
                __s.sp = __sp - 4;
                return LABEL_ERROR;
            }
            __sp = __sp - 4;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(SWAP)
     */
    static int SWAP(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(SWAP)
        {
            long bottom_in = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg - 2L)));
            long top_in = NativeWords.slot(__stack, __sp - 1);
            long top_out = 0L;
            long bottom_out = 0L;
            top_out = top_in;
            bottom_out = bottom_in;
            NativeWords.setSlot(__stack, __sp + (int) (-2L + -1L * (oparg - 2L)), top_out);
            NativeWords.setSlot(__stack, __sp - 1, bottom_out);
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(UNARY_INVERT)
     */
    static int UNARY_INVERT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(UNARY_INVERT)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long bits = (value);
            if ((bits & DslConstants.SMALL_INT_TAG) != 0L) {
                res = (bits ^ (~DslConstants.SMALL_INT_TAG));
            } else {
                __s.ctx.saveState(__s.ip, __s.ip, __sp);
                res = __s.ctx.unaryInvert(value);
                if ((res) == DslConstants.NULL_BITS) {
                    __s.sp = __sp - 1;
                    return LABEL_ERROR;
                }
            }
            NativeWords.setSlot(__stack, __sp - 1, res);
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(UNARY_NEGATIVE)
     */
    static int UNARY_NEGATIVE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(UNARY_NEGATIVE)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long bits = (value);
            if (((bits & DslConstants.SMALL_INT_TAG) != 0L) && (!DslMath.subOverflows(2L, bits))) {
                res = (2L - bits);
            } else {
                __s.ctx.saveState(__s.ip, __s.ip, __sp);
                res = __s.ctx.unaryNegative(value);
                if ((res) == DslConstants.NULL_BITS) {
                    __s.sp = __sp - 1;
                    return LABEL_ERROR;
                }
            }
            NativeWords.setSlot(__stack, __sp - 1, res);
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(UNARY_NOT)
     */
    static int UNARY_NOT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(UNARY_NOT)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = (((value) == DslConstants.TRUE_BITS) ? DslConstants.FALSE_BITS : DslConstants.TRUE_BITS);
            NativeWords.setSlot(__stack, __sp - 1, res);
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_BINARY_OP)
     */
    static int _BINARY_OP(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_BINARY_OP)
        {
            long lhs = NativeWords.slot(__stack, __sp - 2);
            long rhs = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            res = __s.ctx.binaryOp(oparg, lhs, rhs);
            if ((res) == DslConstants.NULL_BITS) {
                __s.sp = __sp - 2;
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_BINARY_OP_ADD_FLOAT)
     */
    static int _BINARY_OP_ADD_FLOAT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_BINARY_OP_ADD_FLOAT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            res = DslFunctions.float_result(__s, DslFunctions.float_value(__s, left) + DslFunctions.float_value(__s, right));
            if ((res) == DslConstants.NULL_BITS) {
                __s.sp = __sp - 2;
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_BINARY_OP_ADD_INT)
     */
    static int _BINARY_OP_ADD_INT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_BINARY_OP_ADD_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long l = (left) - DslConstants.SMALL_INT_TAG;
            long r = (right);
            if (DslMath.addOverflows(l, r)) {
                return EXIT;
            }
            res = (l + r);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_BINARY_OP_ADD_UNICODE)
     */
    static int _BINARY_OP_ADD_UNICODE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_BINARY_OP_ADD_UNICODE)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            res = __s.ctx.strConcat(left, right);
            if ((res) == DslConstants.NULL_BITS) {
                __s.sp = __sp - 2;
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_BINARY_OP_MULTIPLY_FLOAT)
     */
    static int _BINARY_OP_MULTIPLY_FLOAT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_BINARY_OP_MULTIPLY_FLOAT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            res = DslFunctions.float_result(__s, DslFunctions.float_value(__s, left) * DslFunctions.float_value(__s, right));
            if ((res) == DslConstants.NULL_BITS) {
                __s.sp = __sp - 2;
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_BINARY_OP_MULTIPLY_INT)
     */
    static int _BINARY_OP_MULTIPLY_INT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_BINARY_OP_MULTIPLY_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long a = (left) >> 1L;
            long r = (right) - DslConstants.SMALL_INT_TAG;
            if (DslMath.mulOverflows(a, r)) {
                return EXIT;
            }
            res = ((a * r) + DslConstants.SMALL_INT_TAG);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_BINARY_OP_SUBTRACT_FLOAT)
     */
    static int _BINARY_OP_SUBTRACT_FLOAT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_BINARY_OP_SUBTRACT_FLOAT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            res = DslFunctions.float_result(__s, DslFunctions.float_value(__s, left) - DslFunctions.float_value(__s, right));
            if ((res) == DslConstants.NULL_BITS) {
                __s.sp = __sp - 2;
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_BINARY_OP_SUBTRACT_INT)
     */
    static int _BINARY_OP_SUBTRACT_INT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_BINARY_OP_SUBTRACT_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long l = (left);
            long r = (right) - DslConstants.SMALL_INT_TAG;
            if (DslMath.subOverflows(l, r)) {
                return EXIT;
            }
            res = (l - r);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_BINARY_SUBSCR)
     */
    static int _BINARY_SUBSCR(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_BINARY_SUBSCR)
        {
            long container = NativeWords.slot(__stack, __sp - 2);
            long sub = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            res = __s.ctx.subscr(container, sub);
            if ((res) == DslConstants.NULL_BITS) {
                __s.sp = __sp - 2;
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_BINARY_SUBSCR_DICT)
     */
    static int _BINARY_SUBSCR_DICT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_BINARY_SUBSCR_DICT)
        {
            long container = NativeWords.slot(__stack, __sp - 2);
            long sub = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            res = __s.ctx.dictSubscr(container, sub);
            if ((res) == DslConstants.NULL_BITS) {
                __s.sp = __sp - 2;
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_BINARY_SUBSCR_LIST_INT)
     */
    static int _BINARY_SUBSCR_LIST_INT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_BINARY_SUBSCR_LIST_INT)
        {
            long container = NativeWords.slot(__stack, __sp - 2);
            long sub = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long n = DslFunctions.list_length(__s, container);
            long i = (sub) >> 1L;
            if (i < 0L) {
                i += n;
            }
            if ((i < 0L) || (i >= n)) {
                return EXIT;
            }
            res = DslFunctions.list_item(__s, container, i);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_BINARY_SUBSCR_STR_INT)
     */
    static int _BINARY_SUBSCR_STR_INT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_BINARY_SUBSCR_STR_INT)
        {
            long container = NativeWords.slot(__stack, __sp - 2);
            long sub = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long n = DslFunctions.str_length(__s, container);
            long i = (sub) >> 1L;
            if (i < 0L) {
                i += n;
            }
            if ((i < 0L) || (i >= n)) {
                return EXIT;
            }
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            res = __s.ctx.strItem(container, i);
            if ((res) == DslConstants.NULL_BITS) {
                __s.sp = __sp - 2;
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_BINARY_SUBSCR_TUPLE_INT)
     */
    static int _BINARY_SUBSCR_TUPLE_INT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_BINARY_SUBSCR_TUPLE_INT)
        {
            long container = NativeWords.slot(__stack, __sp - 2);
            long sub = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long n = DslFunctions.tuple_length(__s, container);
            long i = (sub) >> 1L;
            if (i < 0L) {
                i += n;
            }
            if ((i < 0L) || (i >= n)) {
                return EXIT;
            }
            res = DslFunctions.tuple_item(__s, container, i);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_CALL)
     */
    static int _CALL(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_CALL)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long res = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            res = __s.ctx.callObject(callable, self_or_null, args, oparg);
            if ((res) == DslConstants.NULL_BITS) {
                __s.sp = __sp + (int) (-2L + -1L * (oparg));
                return LABEL_ERROR;
            }
            __breaker = true;
            NativeWords.setSlot(__stack, __sp + (int) (-2L + -1L * (oparg)), res);
            __sp = __sp + (int) (-1L + -1L * (oparg));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_CALL_BUILTIN)
     */
    static int _CALL_BUILTIN(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_CALL_BUILTIN)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long res = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            res = __s.ctx.callBuiltin(callable, self_or_null, args, oparg);
            if ((res) == DslConstants.NULL_BITS) {
                __s.sp = __sp + (int) (-2L + -1L * (oparg));
                return LABEL_ERROR;
            }
            __breaker = true;
            NativeWords.setSlot(__stack, __sp + (int) (-2L + -1L * (oparg)), res);
            __sp = __sp + (int) (-1L + -1L * (oparg));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_CHECK_FUNCTION_EXACT_ARGS)
     */
    static int _CHECK_FUNCTION_EXACT_ARGS(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_CHECK_FUNCTION_EXACT_ARGS)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long func_version = __operand;
            if (((callable & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((callable) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_FUNCTION) {
                return EXIT;
            }
            if (NativeWords.word(__s.heapWordsBase, ((callable) << 2) + ((DslConstants.FUNCTION_VERSION_WORD) << 3)) != func_version) {
                return EXIT;
            }
            long argcount = ((self_or_null) == DslConstants.NULL_BITS) ? oparg : (oparg + 1L);
            if (NativeWords.word(__s.heapWordsBase, ((callable) << 2) + ((DslConstants.FUNCTION_ARGCOUNT_WORD) << 3)) != argcount) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_CHECK_PERIODIC)
     */
    static int _CHECK_PERIODIC(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_CHECK_PERIODIC)
        {
            __breaker = true;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_CHECK_STACK_SPACE)
     */
    static int _CHECK_STACK_SPACE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_CHECK_STACK_SPACE)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            if (!DslFunctions.frame_space_available(__s, DslFunctions.function_frame_size(__s, callable))) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_CHECK_VALIDITY)
     */
    static int _CHECK_VALIDITY(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_CHECK_VALIDITY)
        {
            if (!__s.ctx.executorIsValid()) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_COMPARE_OP)
     */
    static int _COMPARE_OP(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_COMPARE_OP)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            res = __s.ctx.compareOp(oparg >> DslConstants.COMPARE_SHIFT, left, right);
            if ((res) == DslConstants.NULL_BITS) {
                __s.sp = __sp - 2;
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_COMPARE_OP_FLOAT)
     */
    static int _COMPARE_OP_FLOAT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_COMPARE_OP_FLOAT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            double l = DslFunctions.float_value(__s, left);
            double r = DslFunctions.float_value(__s, right);
            long outcome = (l < r) ? DslConstants.COMPARE_LT_BIT : ((l > r) ? DslConstants.COMPARE_GT_BIT : ((l == r) ? DslConstants.COMPARE_EQ_BIT : DslConstants.COMPARE_UNORDERED_BIT));
            res = (((outcome & oparg) != 0L) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_COMPARE_OP_INT)
     */
    static int _COMPARE_OP_INT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_COMPARE_OP_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long l = (left);
            long r = (right);
            long outcome = (l < r) ? DslConstants.COMPARE_LT_BIT : ((l > r) ? DslConstants.COMPARE_GT_BIT : DslConstants.COMPARE_EQ_BIT);
            res = (((outcome & oparg) != 0L) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_COMPARE_OP_STR)
     */
    static int _COMPARE_OP_STR(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_COMPARE_OP_STR)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long order = __s.ctx.strCompare(left, right);
            long outcome = (order < 0L) ? DslConstants.COMPARE_LT_BIT : ((order > 0L) ? DslConstants.COMPARE_GT_BIT : DslConstants.COMPARE_EQ_BIT);
            res = (((outcome & oparg) != 0L) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_EXIT_TRACE)
     */
    static int _EXIT_TRACE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_EXIT_TRACE)
        {
            if (true) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_FOR_ITER_TIER_TWO)
     */
    static int _FOR_ITER_TIER_TWO(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_FOR_ITER_TIER_TWO)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            long next = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            next = __s.ctx.iterNext(iter);
            if ((next) == DslConstants.NULL_BITS) {
                if (__s.ctx.exceptionPending()) {
                    __s.sp = __sp - 1;
                    return LABEL_ERROR;
                }
                if (true) {
                    return EXIT;
                }
            }
            NativeWords.setSlot(__stack, __sp, next);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_BOTH_FLOAT)
     */
    static int _GUARD_BOTH_FLOAT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_BOTH_FLOAT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            if ((!DslFunctions.is_float(__s, left)) || (!DslFunctions.is_float(__s, right))) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_BOTH_INT)
     */
    static int _GUARD_BOTH_INT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_BOTH_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            if (((left) & (right) & DslConstants.SMALL_INT_TAG) == 0L) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_BOTH_UNICODE)
     */
    static int _GUARD_BOTH_UNICODE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_BOTH_UNICODE)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            if ((((left & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((left) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_STR) || (((right & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((right) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_STR)) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_BUILTINS_VERSION)
     */
    static int _GUARD_BUILTINS_VERSION(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_BUILTINS_VERSION)
        {
            long builtins_keys_version = __operand;
            if (DslFunctions.builtins_version(__s) != builtins_keys_version) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_CALLABLE_BUILTIN)
     */
    static int _GUARD_CALLABLE_BUILTIN(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_CALLABLE_BUILTIN)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            if (((callable & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((callable) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_BUILTIN) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_EXHAUSTED_LIST)
     */
    static int _GUARD_EXHAUSTED_LIST(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_EXHAUSTED_LIST)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            if (!DslFunctions.list_iter_exhausted(__s, iter)) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_EXHAUSTED_RANGE)
     */
    static int _GUARD_EXHAUSTED_RANGE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_EXHAUSTED_RANGE)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            if (NativeWords.word(__s.heapWordsBase, ((iter) << 2) + ((DslConstants.RANGE_ITER_REMAINING_WORD) << 3)) > 0L) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_EXHAUSTED_TUPLE)
     */
    static int _GUARD_EXHAUSTED_TUPLE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_EXHAUSTED_TUPLE)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            if (!DslFunctions.tuple_iter_exhausted(__s, iter)) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_GLOBALS_VERSION)
     */
    static int _GUARD_GLOBALS_VERSION(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_GLOBALS_VERSION)
        {
            long globals_keys_version = __operand;
            if (DslFunctions.globals_version(__s) != globals_keys_version) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_IS_FALSE_POP)
     */
    static int _GUARD_IS_FALSE_POP(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_IS_FALSE_POP)
        {
            long flag = NativeWords.slot(__stack, __sp - 1);
            if ((flag) != DslConstants.FALSE_BITS) {
                return EXIT;
            }
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_IS_TRUE_POP)
     */
    static int _GUARD_IS_TRUE_POP(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_IS_TRUE_POP)
        {
            long flag = NativeWords.slot(__stack, __sp - 1);
            if ((flag) != DslConstants.TRUE_BITS) {
                return EXIT;
            }
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_NOS_DICT)
     */
    static int _GUARD_NOS_DICT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_NOS_DICT)
        {
            long nos = NativeWords.slot(__stack, __sp - 2);
            if (((nos & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((nos) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_DICT) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_NOS_INT)
     */
    static int _GUARD_NOS_INT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_NOS_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            if (((left) & DslConstants.SMALL_INT_TAG) == 0L) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_NOS_LIST)
     */
    static int _GUARD_NOS_LIST(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_NOS_LIST)
        {
            long nos = NativeWords.slot(__stack, __sp - 2);
            if (((nos & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((nos) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_LIST) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_NOS_STR)
     */
    static int _GUARD_NOS_STR(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_NOS_STR)
        {
            long nos = NativeWords.slot(__stack, __sp - 2);
            if (((nos & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((nos) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_STR) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_NOS_TUPLE)
     */
    static int _GUARD_NOS_TUPLE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_NOS_TUPLE)
        {
            long nos = NativeWords.slot(__stack, __sp - 2);
            if (((nos & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((nos) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_TUPLE) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_NOT_EXHAUSTED_LIST)
     */
    static int _GUARD_NOT_EXHAUSTED_LIST(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_NOT_EXHAUSTED_LIST)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            if (DslFunctions.list_iter_exhausted(__s, iter)) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_NOT_EXHAUSTED_RANGE)
     */
    static int _GUARD_NOT_EXHAUSTED_RANGE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_NOT_EXHAUSTED_RANGE)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            if (NativeWords.word(__s.heapWordsBase, ((iter) << 2) + ((DslConstants.RANGE_ITER_REMAINING_WORD) << 3)) <= 0L) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_NOT_EXHAUSTED_TUPLE)
     */
    static int _GUARD_NOT_EXHAUSTED_TUPLE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_NOT_EXHAUSTED_TUPLE)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            if (DslFunctions.tuple_iter_exhausted(__s, iter)) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_TOS_BOOL)
     */
    static int _GUARD_TOS_BOOL(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_TOS_BOOL)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long bits = (value);
            if ((bits != DslConstants.TRUE_BITS) && (bits != DslConstants.FALSE_BITS)) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_TOS_INT)
     */
    static int _GUARD_TOS_INT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_TOS_INT)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            if (((value) & DslConstants.SMALL_INT_TAG) == 0L) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_TOS_LIST)
     */
    static int _GUARD_TOS_LIST(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_TOS_LIST)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            if (((value & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((value) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_LIST) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_TOS_NONE)
     */
    static int _GUARD_TOS_NONE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_TOS_NONE)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            if ((value) != DslConstants.NONE_BITS) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_TOS_STR)
     */
    static int _GUARD_TOS_STR(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_TOS_STR)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            if (((value & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((value) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_STR) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_TOS_TUPLE)
     */
    static int _GUARD_TOS_TUPLE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_TOS_TUPLE)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            if (((value & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((value) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_TUPLE) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_TYPE_VERSION)
     */
    static int _GUARD_TYPE_VERSION(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_TYPE_VERSION)
        {
            long owner = NativeWords.slot(__stack, __sp - 1);
            long type_version = __operand;
            if (DslFunctions.type_version_of(__s, owner) != type_version) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_IS_NONE)
     */
    static int _IS_NONE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_IS_NONE)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long b = 0L;
            b = (((value) == DslConstants.NONE_BITS) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 1, b);
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_ITER_CHECK_LIST)
     */
    static int _ITER_CHECK_LIST(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_ITER_CHECK_LIST)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            if (((iter & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((iter) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_LIST_ITER) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_ITER_CHECK_RANGE)
     */
    static int _ITER_CHECK_RANGE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_ITER_CHECK_RANGE)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            if (((iter & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((iter) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_RANGE_ITER) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_ITER_CHECK_TUPLE)
     */
    static int _ITER_CHECK_TUPLE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_ITER_CHECK_TUPLE)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            if (((iter & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((iter) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_TUPLE_ITER) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_ITER_NEXT_LIST)
     */
    static int _ITER_NEXT_LIST(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_ITER_NEXT_LIST)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            long next = 0L;
            next = DslFunctions.list_iter_next(__s, iter);
            NativeWords.setSlot(__stack, __sp, next);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_ITER_NEXT_RANGE)
     */
    static int _ITER_NEXT_RANGE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_ITER_NEXT_RANGE)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            long next = 0L;
            long item = NativeWords.word(__s.heapWordsBase, ((iter) << 2) + ((DslConstants.RANGE_ITER_NEXT_WORD) << 3));
            NativeWords.setWord(__s.heapWordsBase, ((iter) << 2) + ((DslConstants.RANGE_ITER_NEXT_WORD) << 3), item + NativeWords.word(__s.heapWordsBase, ((iter) << 2) + ((DslConstants.RANGE_ITER_STEP_WORD) << 3)));
            NativeWords.setWord(__s.heapWordsBase, ((iter) << 2) + ((DslConstants.RANGE_ITER_REMAINING_WORD) << 3), NativeWords.word(__s.heapWordsBase, ((iter) << 2) + ((DslConstants.RANGE_ITER_REMAINING_WORD) << 3)) - 1L);
            next = ((item << 1L) | DslConstants.SMALL_INT_TAG);
            NativeWords.setSlot(__stack, __sp, next);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_ITER_NEXT_TUPLE)
     */
    static int _ITER_NEXT_TUPLE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_ITER_NEXT_TUPLE)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            long next = 0L;
            next = DslFunctions.tuple_iter_next(__s, iter);
            NativeWords.setSlot(__stack, __sp, next);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_JUMP_TO_TOP)
     */
    static int _JUMP_TO_TOP(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_JUMP_TO_TOP)
        {
            __breaker = true;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_LOAD_ATTR)
     */
    static int _LOAD_ATTR(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_LOAD_ATTR)
        {
            long owner = NativeWords.slot(__stack, __sp - 1);
            long attr = 0L;
            long self_or_null = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            attr = __s.ctx.loadAttr(owner, __s.names[(int) (oparg >> 1L)]);
            if ((attr) == DslConstants.NULL_BITS) {
                __s.sp = __sp - 1;
                return LABEL_ERROR;
            }
            self_or_null = (DslConstants.NULL_BITS);
            NativeWords.setSlot(__stack, __sp - 1, attr);
            if (((oparg & DslConstants.METHOD_FLAG) != 0L)) {
                NativeWords.setSlot(__stack, __sp, self_or_null);
            }
            __sp = __sp + (int) ((((oparg & DslConstants.METHOD_FLAG) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_LOAD_ATTR_INSTANCE_VALUE)
     */
    static int _LOAD_ATTR_INSTANCE_VALUE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_LOAD_ATTR_INSTANCE_VALUE)
        {
            long owner = NativeWords.slot(__stack, __sp - 1);
            long index = __operand;
            long attr = 0L;
            long null_slot = 0L;
            attr = DslFunctions.instance_slot(__s, owner, index);
            if ((attr) == DslConstants.NULL_BITS) {
                return EXIT;
            }
            null_slot = (DslConstants.NULL_BITS);
            NativeWords.setSlot(__stack, __sp - 1, attr);
            if (((oparg & DslConstants.METHOD_FLAG) != 0L)) {
                NativeWords.setSlot(__stack, __sp, null_slot);
            }
            __sp = __sp + (int) ((((oparg & DslConstants.METHOD_FLAG) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_LOAD_ATTR_METHOD)
     */
    static int _LOAD_ATTR_METHOD(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_LOAD_ATTR_METHOD)
        {
            long owner = NativeWords.slot(__stack, __sp - 1);
            long descr = __operand;
            long attr = 0L;
            long self_or_null = 0L;
            if ((oparg & DslConstants.METHOD_FLAG) == 0L) {
                return EXIT;
            }
            attr = (descr);
            self_or_null = owner;
            NativeWords.setSlot(__stack, __sp - 1, attr);
            if (((oparg & DslConstants.METHOD_FLAG) != 0L)) {
                NativeWords.setSlot(__stack, __sp, self_or_null);
            }
            __sp = __sp + (int) ((((oparg & DslConstants.METHOD_FLAG) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_LOAD_CONST_INLINE)
     */
    static int _LOAD_CONST_INLINE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_LOAD_CONST_INLINE)
        {
            long bits = __operand;
            long value = 0L;
            value = (bits);
            NativeWords.setSlot(__stack, __sp, value);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_LOAD_FAST)
     */
    static int _LOAD_FAST(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_LOAD_FAST)
        {
            long value = 0L;
            value = NativeWords.slot(__stack, __s.fp + (int) (oparg));
            NativeWords.setSlot(__stack, __sp, value);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_LOAD_GLOBAL)
     */
    static int _LOAD_GLOBAL(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_LOAD_GLOBAL)
        {
            long res = 0L;
            long null_slot = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            res = __s.ctx.loadGlobal(__s.names[(int) (oparg >> 1L)]);
            if ((res) == DslConstants.NULL_BITS) {
                __s.sp = __sp;
                return LABEL_ERROR;
            }
            null_slot = (DslConstants.NULL_BITS);
            NativeWords.setSlot(__stack, __sp, res);
            if (((oparg & DslConstants.PUSH_NULL_FLAG) != 0L)) {
                NativeWords.setSlot(__stack, __sp + 1, null_slot);
            }
            __sp = __sp + (int) (1L + (((oparg & DslConstants.PUSH_NULL_FLAG) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_LOAD_GLOBAL_BUILTIN)
     */
    static int _LOAD_GLOBAL_BUILTIN(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_LOAD_GLOBAL_BUILTIN)
        {
            long index = __operand;
            long res = 0L;
            long null_slot = 0L;
            res = DslFunctions.builtins_entry(__s, index);
            if ((res) == DslConstants.NULL_BITS) {
                return EXIT;
            }
            null_slot = (DslConstants.NULL_BITS);
            NativeWords.setSlot(__stack, __sp, res);
            if (((oparg & DslConstants.PUSH_NULL_FLAG) != 0L)) {
                NativeWords.setSlot(__stack, __sp + 1, null_slot);
            }
            __sp = __sp + (int) (1L + (((oparg & DslConstants.PUSH_NULL_FLAG) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_LOAD_GLOBAL_MODULE)
     */
    static int _LOAD_GLOBAL_MODULE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_LOAD_GLOBAL_MODULE)
        {
            long index = __operand;
            long res = 0L;
            long null_slot = 0L;
            res = DslFunctions.globals_entry(__s, index);
            if ((res) == DslConstants.NULL_BITS) {
                return EXIT;
            }
            null_slot = (DslConstants.NULL_BITS);
            NativeWords.setSlot(__stack, __sp, res);
            if (((oparg & DslConstants.PUSH_NULL_FLAG) != 0L)) {
                NativeWords.setSlot(__stack, __sp + 1, null_slot);
            }
            __sp = __sp + (int) (1L + (((oparg & DslConstants.PUSH_NULL_FLAG) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_SET_IP)
     */
    static int _SET_IP(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_SET_IP)
        {
            long instr_offset = __operand;
            __s.ctx.setInstructionOffset(instr_offset);
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_START_EXECUTOR)
     */
    static int _START_EXECUTOR(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_START_EXECUTOR)
        {
            long executor = __operand;
            __s.ctx.executorStarted(executor);
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_STORE_ATTR)
     */
    static int _STORE_ATTR(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_STORE_ATTR)
        {
            long v = NativeWords.slot(__stack, __sp - 2);
            long owner = NativeWords.slot(__stack, __sp - 1);
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            if (!__s.ctx.storeAttr(owner, __s.names[(int) (oparg)], v)) {
                __s.sp = __sp - 2;
                return LABEL_ERROR;
            }
            __sp = __sp - 2;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_STORE_ATTR_INSTANCE_VALUE)
     */
    static int _STORE_ATTR_INSTANCE_VALUE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_STORE_ATTR_INSTANCE_VALUE)
        {
            long v = NativeWords.slot(__stack, __sp - 2);
            long owner = NativeWords.slot(__stack, __sp - 1);
            long index = __operand;
            if (!DslFunctions.instance_has_slot(__s, owner, index)) {
                return EXIT;
            }
            DslFunctions.instance_store(__s, owner, index, v);
            __sp = __sp - 2;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_STORE_FAST)
     */
    static int _STORE_FAST(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_STORE_FAST)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            NativeWords.setSlot(__stack, __s.fp + (int) (oparg), value);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_STORE_SUBSCR)
     */
    static int _STORE_SUBSCR(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_STORE_SUBSCR)
        {
            long v = NativeWords.slot(__stack, __sp - 3);
            long container = NativeWords.slot(__stack, __sp - 2);
            long sub = NativeWords.slot(__stack, __sp - 1);
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            if (!__s.ctx.storeSubscr(container, sub, v)) {
                __s.sp = __sp - 3;
                return LABEL_ERROR;
            }
            __sp = __sp - 3;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_STORE_SUBSCR_DICT)
     */
    static int _STORE_SUBSCR_DICT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_STORE_SUBSCR_DICT)
        {
            long v = NativeWords.slot(__stack, __sp - 3);
            long container = NativeWords.slot(__stack, __sp - 2);
            long sub = NativeWords.slot(__stack, __sp - 1);
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            if (!__s.ctx.dictStore(container, sub, v)) {
                __s.sp = __sp - 3;
                return LABEL_ERROR;
            }
            __sp = __sp - 3;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_STORE_SUBSCR_LIST_INT)
     */
    static int _STORE_SUBSCR_LIST_INT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_STORE_SUBSCR_LIST_INT)
        {
            long v = NativeWords.slot(__stack, __sp - 3);
            long container = NativeWords.slot(__stack, __sp - 2);
            long sub = NativeWords.slot(__stack, __sp - 1);
            long n = DslFunctions.list_length(__s, container);
            long i = (sub) >> 1L;
            if (i < 0L) {
                i += n;
            }
            if ((i < 0L) || (i >= n)) {
                return EXIT;
            }
            DslFunctions.list_store(__s, container, i, v);
            __sp = __sp - 3;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_TO_BOOL)
     */
    static int _TO_BOOL(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_TO_BOOL)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            long truth = __s.ctx.objectIsTrue(value);
            if (truth < 0L) {
                __s.sp = __sp - 1;
                return LABEL_ERROR;
            }
            res = ((truth != 0L) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 1, res);
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_TO_BOOL_INT)
     */
    static int _TO_BOOL_INT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_TO_BOOL_INT)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = (((value) != DslConstants.SMALL_INT_ZERO_BITS) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 1, res);
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_TO_BOOL_LIST)
     */
    static int _TO_BOOL_LIST(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_TO_BOOL_LIST)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = ((DslFunctions.list_length(__s, value) != 0L) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 1, res);
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_TO_BOOL_NONE)
     */
    static int _TO_BOOL_NONE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_TO_BOOL_NONE)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = (DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 1, res);
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_TO_BOOL_STR)
     */
    static int _TO_BOOL_STR(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_TO_BOOL_STR)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = ((DslFunctions.str_length(__s, value) != 0L) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 1, res);
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_UNPACK_SEQUENCE)
     */
    static int _UNPACK_SEQUENCE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_UNPACK_SEQUENCE)
        {
            long seq = NativeWords.slot(__stack, __sp - 1);
            int output = __sp - 1;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            if (!__s.ctx.unpackSequence(seq, oparg, output)) {
                __s.sp = __sp - 1;
                return LABEL_ERROR;
            }
            __sp = __sp + (int) (-1L + (oparg));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_UNPACK_SEQUENCE_LIST)
     */
    static int _UNPACK_SEQUENCE_LIST(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_UNPACK_SEQUENCE_LIST)
        {
            long seq = NativeWords.slot(__stack, __sp - 1);
            int output = __sp - 1;
            if (DslFunctions.list_length(__s, seq) != oparg) {
                return EXIT;
            }
            for (long i = 0L; i < oparg; i += 1L) {
                NativeWords.setSlot(__stack, output + (int) i, DslFunctions.list_item(__s, seq, oparg - 1L - i));
            }
            __sp = __sp + (int) (-1L + (oparg));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_UNPACK_SEQUENCE_TUPLE)
     */
    static int _UNPACK_SEQUENCE_TUPLE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_UNPACK_SEQUENCE_TUPLE)
        {
            long seq = NativeWords.slot(__stack, __sp - 1);
            int output = __sp - 1;
            if (DslFunctions.tuple_length(__s, seq) != oparg) {
                return EXIT;
            }
            for (long i = 0L; i < oparg; i += 1L) {
                NativeWords.setSlot(__stack, output + (int) i, DslFunctions.tuple_item(__s, seq, oparg - 1L - i));
            }
            __sp = __sp + (int) (-1L + (oparg));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_UNPACK_SEQUENCE_TWO_TUPLE)
     */
    static int _UNPACK_SEQUENCE_TWO_TUPLE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_UNPACK_SEQUENCE_TWO_TUPLE)
        {
            long seq = NativeWords.slot(__stack, __sp - 1);
            int output = __sp - 1;
            if ((oparg != 2L) || (DslFunctions.tuple_length(__s, seq) != 2L)) {
                return EXIT;
            }
            NativeWords.setSlot(__stack, output + (int) 0L, DslFunctions.tuple_item(__s, seq, 1L));
            NativeWords.setSlot(__stack, output + (int) 1L, DslFunctions.tuple_item(__s, seq, 0L));
            __sp = __sp + (int) (-1L + (oparg));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_POP_FRAME)
     */
    static int _POP_FRAME(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_POP_FRAME)
        {
            long retval = NativeWords.slot(__stack, __sp - 1);
            boolean popped = false;
            if (!popped) {
                __s.ctx.saveState(__s.ip, __s.ip, __sp);
                __s.ctx.popFrame(retval);
            }
            __s.reload();
            return NEXT;
        }
    }

    /**
     * op(_PUSH_FRAME)
     */
    static int _PUSH_FRAME(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_PUSH_FRAME)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long res = 0L;
            boolean pushed = false;
            if (!pushed) {
                __s.ctx.saveState(__s.ip, __s.ip, __sp);
                __s.ctx.pushFrame(callable, self_or_null, args, oparg);
            }
            __s.reload();
            return NEXT;
        }
    }

    /**
     * op(_CALL_LIST_APPEND)
     */
    static int _CALL_LIST_APPEND(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_CALL_LIST_APPEND)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long res = 0L;
            if (!DslFunctions.list_append_in_place(__s, self_or_null, NativeWords.slot(__stack, args + (int) 0L))) {
                __s.ctx.listAppend(self_or_null, NativeWords.slot(__stack, args + (int) 0L));
            }
            res = (DslConstants.NONE_BITS);
            NativeWords.setSlot(__stack, __sp + (int) (-2L + -1L * (oparg)), res);
            __sp = __sp + (int) (-1L + -1L * (oparg));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_CALLABLE_LIST_APPEND)
     */
    static int _GUARD_CALLABLE_LIST_APPEND(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_CALLABLE_LIST_APPEND)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long method = __operand;
            if ((callable) != method) {
                return EXIT;
            }
            if (((self_or_null & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((self_or_null) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_LIST) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_TYPE_TAG)
     */
    static int _GUARD_TYPE_TAG(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_TYPE_TAG)
        {
            long owner = NativeWords.slot(__stack, __sp - 1);
            long type_tag = __operand;
            if (((owner & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((owner) << 2) + ((0) << 3)) : 0L) != type_tag) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_BINARY_OP_FLOOR_DIVIDE_INT)
     */
    static int _BINARY_OP_FLOOR_DIVIDE_INT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_BINARY_OP_FLOOR_DIVIDE_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long a = (left) >> 1L;
            long b = (right) >> 1L;
            if (b == 0L) {
                return EXIT;
            }
            long q = DslMath.div(a, b);
            if (((q * b) != a) && ((a ^ b) < 0L)) {
                q -= 1L;
            }
            if (q > DslConstants.SMALL_INT_MAX) {
                return EXIT;
            }
            res = (q + q + DslConstants.SMALL_INT_TAG);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_BINARY_OP_REMAINDER_INT)
     */
    static int _BINARY_OP_REMAINDER_INT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_BINARY_OP_REMAINDER_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long a = (left) >> 1L;
            long b = (right) >> 1L;
            if (b == 0L) {
                return EXIT;
            }
            long r = DslMath.rem(a, b);
            if ((r != 0L) && ((r ^ b) < 0L)) {
                r += b;
            }
            res = (r + r + DslConstants.SMALL_INT_TAG);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_BINARY_OP_TRUE_DIVIDE_NUMBER)
     */
    static int _BINARY_OP_TRUE_DIVIDE_NUMBER(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_BINARY_OP_TRUE_DIVIDE_NUMBER)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            double divisor = DslFunctions.number_value(__s, right);
            if (divisor == 0.0) {
                return EXIT;
            }
            boolean ints = ((left) & (right) & DslConstants.SMALL_INT_TAG) != 0L;
            if (ints && (!(DslFunctions.exact_double(left) && DslFunctions.exact_double(right)))) {
                return EXIT;
            }
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            res = DslFunctions.float_result(__s, DslMath.div(DslFunctions.number_value(__s, left), divisor));
            if ((res) == DslConstants.NULL_BITS) {
                __s.sp = __sp - 2;
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_BOTH_NUMBER)
     */
    static int _GUARD_BOTH_NUMBER(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_BOTH_NUMBER)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            if ((!DslFunctions.is_number(__s, left)) || (!DslFunctions.is_number(__s, right))) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_STORE_GLOBAL)
     */
    static int _STORE_GLOBAL(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_STORE_GLOBAL)
        {
            long v = NativeWords.slot(__stack, __sp - 1);
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            if (!__s.ctx.storeGlobal(__s.names[(int) (oparg)], v)) {
                __s.sp = __sp - 1;
                return LABEL_ERROR;
            }
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_STORE_GLOBAL_MODULE)
     */
    static int _STORE_GLOBAL_MODULE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_STORE_GLOBAL_MODULE)
        {
            long v = NativeWords.slot(__stack, __sp - 1);
            long index = __operand;
            DslFunctions.globals_store(__s, index, v);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_CALL_LEN)
     */
    static int _CALL_LEN(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_CALL_LEN)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long res = 0L;
            long arg = NativeWords.slot(__stack, args + (int) 0L);
            long type = ((arg & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((arg) << 2) + ((0) << 3)) : 0L);
            long n = 0L;
            if (type == DslConstants.TYPE_LIST) {
                n = DslFunctions.list_length(__s, arg);
            } else {
                if (type == DslConstants.TYPE_TUPLE) {
                    n = DslFunctions.tuple_length(__s, arg);
                } else {
                    n = DslFunctions.str_length(__s, arg);
                }
            }
            res = (n + n + DslConstants.SMALL_INT_TAG);
            NativeWords.setSlot(__stack, __sp + (int) (-2L + -1L * (oparg)), res);
            __sp = __sp + (int) (-1L + -1L * (oparg));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_CALLABLE_LEN)
     */
    static int _GUARD_CALLABLE_LEN(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_CALLABLE_LEN)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long len = __operand;
            if ((callable) != len) {
                return EXIT;
            }
            long type = ((NativeWords.slot(__stack, args + (int) 0L) & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((NativeWords.slot(__stack, args + (int) 0L)) << 2) + ((0) << 3)) : 0L);
            if ((type != DslConstants.TYPE_LIST) && (type != DslConstants.TYPE_TUPLE) && (type != DslConstants.TYPE_STR)) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_CHECK_CALLER)
     */
    static int _CHECK_CALLER(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_CHECK_CALLER)
        {
            long caller = __operand;
            long version = caller >> 32L;
            long call_offset = caller & ((1L << 32L) - 1L);
            long frames = DslFunctions.vm_word(__s, DslConstants.VM_FRAMES_WORD);
            long count = NativeWords.word(frames, ((DslConstants.FRAMES_RECORD_COUNT) << 3));
            long caller_version = NativeWords.word(frames, ((DslConstants.FRAMES_CALLER_VERSION) << 3));
            long caller_call = NativeWords.word(frames, ((DslConstants.FRAMES_CALLER_OFFSET) << 3));
            if (count > 0L) {
                long r = DslConstants.FRAMES_RECORDS + ((count - 1L) * DslConstants.RECORD_WORDS);
                caller_call = NativeWords.word(frames, ((r + DslConstants.RECORD_CALL_OFFSET) << 3));
                caller_version = NativeWords.word(frames, ((DslConstants.FRAMES_VERSION) << 3));
                if (count > 1L) {
                    caller_version = NativeWords.word(__s.heapWordsBase, (((NativeWords.word(frames, ((r - DslConstants.RECORD_WORDS + DslConstants.RECORD_FUNCTION) << 3)))) << 2) + ((DslConstants.FUNCTION_VERSION_WORD) << 3));
                }
            }
            if ((caller_version != version) || (caller_call != call_offset)) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_RESUME_CHECK)
     */
    static int _RESUME_CHECK(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_RESUME_CHECK)
        {
            __breaker = true;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }
}
