// Generated from input.def by the cases generator (JIT helpers). Do not edit.
// To change it, edit input.def and run: ./casegen generate
package dev.bytecodedsl.generated.jit;

import dev.bytecodedsl.generated.InterpreterContext;
import dev.bytecodedsl.kit.jit.HelperUpcalls;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Set;

/**
 * Upcall adapters for the helpers declared with {@code extern} in the DSL: one
 * {@code FunctionDescriptor} per helper (its C signature, docs/jit-abi.md) and one adapter
 * that calls the {@link dev.bytecodedsl.generated.Helpers} method. The runtime kit's {@link HelperUpcalls} does the rest: stack
 * pointers as slot indexes, the saved state escaping helpers apply first, upcall stubs, and
 * the exception an adapter caught ({@link #takeFailure}).
 */
@SuppressWarnings("restricted")
public final class JitHelpers extends HelperUpcalls {
    /**
     * Value binary_op(int op, Value lhs, Value rhs)
     */
    public static final FunctionDescriptor BINARY_OP = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * Value call(Value callable, Value[] args, int nargs)
     */
    public static final FunctionDescriptor CALL = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * void push_frame(Value callable, Value[] args, int nargs)
     */
    public static final FunctionDescriptor PUSH_FRAME = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * void unwind_exception()
     */
    public static final FunctionDescriptor UNWIND_EXCEPTION = FunctionDescriptor.ofVoid();

    /**
     * Value GETCONST(int i): the intrinsic, called as a helper (docs/jit-abi.md)
     */
    public static final FunctionDescriptor GETCONST = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * Value GETNAME(int i): the intrinsic, called as a helper (docs/jit-abi.md)
     */
    public static final FunctionDescriptor GETNAME = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    private final InterpreterContext ctx;

    /**
     * @param state the {@code JitState} struct the stencils write
     */
    public JitHelpers(InterpreterContext ctx, MemorySegment state) {
        super(ctx, state);
        this.ctx = ctx;
    }

    /**
     * Every extern's DSL name, in name order, then GETCONST and GETNAME.
     */
    public static List<String> names() {
        return List.of("binary_op", "call", "push_frame", "unwind_exception", "GETCONST", "GETNAME");
    }

    /**
     * The externs declared {@code cold} (called only on slow paths), for the JIT's admission policy ({@code HelperCosts}).
     */
    public static Set<String> coldHelpers() {
        return Set.of();
    }

    /**
     * The externs declared {@code escaping}, for the JIT's admission policy ({@code HelperCosts}).
     */
    public static Set<String> escapingHelpers() {
        return Set.of("binary_op", "call", "push_frame", "unwind_exception");
    }

    /**
     * The C signature of the extern named {@code name}.
     */
    public static FunctionDescriptor descriptor(String name) {
        return switch (name) {
            case "binary_op" -> BINARY_OP;
            case "call" -> CALL;
            case "push_frame" -> PUSH_FRAME;
            case "unwind_exception" -> UNWIND_EXCEPTION;
            case "GETCONST" -> GETCONST;
            case "GETNAME" -> GETNAME;
            default -> throw new IllegalArgumentException("no extern named " + name);
        };
    }

    /**
     * A native entry point for the extern named {@code name}, bound to this context, valid while
     * {@code arena} lives (stencils' HELPER holes are patched with its address).
     */
    @Override
    public MemorySegment upcallStub(String name, Arena arena) {
        return switch (name) {
            case "binary_op" -> stub(MethodHandles.lookup(), name, true, "binaryOp", BINARY_OP, arena);
            case "call" -> stub(MethodHandles.lookup(), name, true, "call", CALL, arena);
            case "push_frame" -> stub(MethodHandles.lookup(), name, true, "pushFrame", PUSH_FRAME, arena);
            case "unwind_exception" -> stub(MethodHandles.lookup(), name, true, "unwindException", UNWIND_EXCEPTION, arena);
            case "GETCONST" -> stub(MethodHandles.lookup(), name, false, "getconst", GETCONST, arena);
            case "GETNAME" -> stub(MethodHandles.lookup(), name, false, "getname", GETNAME, arena);
            default -> throw new IllegalArgumentException("no extern named " + name);
        };
    }

    /**
     * {@code binary_op}, escaping
     */
    long binaryOp(long op, long lhs, long rhs) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.binaryOp(op, lhs, rhs);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code call}, escaping
     */
    long call(long callable, long args, long nargs) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.call(callable, slot(args), nargs);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code push_frame}, escaping
     */
    void pushFrame(long callable, long args, long nargs) {
        try {
            syncFrames();
            applySavedState();
            ctx.pushFrame(callable, slot(args), nargs);
            publishFrame();
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code unwind_exception}, escaping
     */
    void unwindException() {
        try {
            syncFrames();
            applySavedState();
            ctx.unwindException();
            publishFrame();
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code GETCONST(i)}: the current frame's code object's table
     */
    long getconst(long i) {
        try {
            syncFrames();
            return ctx.consts()[(int) i];
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code GETNAME(i)}: the current frame's code object's table
     */
    long getname(long i) {
        try {
            syncFrames();
            return ctx.names()[(int) i];
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }
}
