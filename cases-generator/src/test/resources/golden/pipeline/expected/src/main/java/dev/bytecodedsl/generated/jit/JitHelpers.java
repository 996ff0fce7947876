// Generated from input.def by the cases generator (JIT helpers). Do not edit.
// To change it, edit input.def and run: ./casegen generate
package dev.bytecodedsl.generated.jit;

import dev.bytecodedsl.generated.InterpreterContext;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.util.List;

/**
 * Upcall adapters for the helpers declared with {@code extern} in bytecodes.def: one
 * {@code FunctionDescriptor} per helper (its C signature, docs/jit-abi.md) and one adapter
 * that calls the {@link dev.bytecodedsl.generated.Helpers} method. {@code Value[]} pointers become stack slot indexes
 * through {@code JitState.stack_base}; escaping helpers first apply the {@code sp}/{@code ip}
 * the stencil saved in {@code JitState}. A Java exception must not unwind through native
 * frames, so an adapter that catches one records it, returns zero, and the runtime rethrows it
 * ({@link #takeFailure}) once the trace has returned.
 */
@SuppressWarnings("restricted")
public final class JitHelpers {
    /**
     * JitState.sp: the stack pointer saved with ip
     */
    private static final long STATE_SP = 0L;

    /**
     * JitState.ip: the uop's target, saved before escaping calls
     */
    private static final long STATE_IP = 8L;

    /**
     * JitState.stack_base: the address of slot 0
     */
    private static final long STATE_STACK_BASE = 32L;

    /**
     * Value binary_op(int op, Value lhs, Value rhs)
     */
    public static final FunctionDescriptor BINARY_OP = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * Value call(Value callable, Value[] args, int nargs)
     */
    public static final FunctionDescriptor CALL = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG);

    /**
     * void push_frame(Value callable, Value[] args, int nargs)
     */
    public static final FunctionDescriptor PUSH_FRAME = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG);

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

    private final MemorySegment state;

    private Throwable failure;

    /**
     * @param state the {@code JitState} struct (40 bytes) the stencils write
     */
    public JitHelpers(InterpreterContext ctx, MemorySegment state) {
        this.ctx = ctx;
        this.state = state.reinterpret(40);
    }

    /**
     * Every extern's DSL name, in name order, then GETCONST and GETNAME.
     */
    public static List<String> names() {
        return List.of("binary_op", "call", "push_frame", "unwind_exception", "GETCONST", "GETNAME");
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
    public MemorySegment upcallStub(String name, Arena arena) {
        return switch (name) {
            case "binary_op" -> stub("binaryOp", BINARY_OP, arena);
            case "call" -> stub("call", CALL, arena);
            case "push_frame" -> stub("pushFrame", PUSH_FRAME, arena);
            case "unwind_exception" -> stub("unwindException", UNWIND_EXCEPTION, arena);
            case "GETCONST" -> stub("getconst", GETCONST, arena);
            case "GETNAME" -> stub("getname", GETNAME, arena);
            default -> throw new IllegalArgumentException("no extern named " + name);
        };
    }

    /**
     * The exception an adapter caught since the last call, or null; clears it.
     */
    public Throwable takeFailure() {
        Throwable t = failure;
        failure = null;
        return t;
    }

    private MemorySegment stub(String method, FunctionDescriptor descriptor, Arena arena) {
        try {
            return Linker.nativeLinker().upcallStub(MethodHandles.lookup().findVirtual(JitHelpers.class, method, descriptor.toMethodType()).bindTo(this), descriptor, arena);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A pointer into the value stack as the slot index {@code Helpers} takes.
     */
    private int slot(MemorySegment pointer) {
        return (int) ((pointer.address() - state.get(ValueLayout.JAVA_LONG, STATE_STACK_BASE)) >> 3);
    }

    /**
     * What the uop interpreter's {@code saveState(ip, ip, sp)} does, from what the stencil stored.
     */
    private void applySavedState() {
        int ip = (int) state.get(ValueLayout.JAVA_LONG, STATE_IP);
        ctx.saveState(ip, ip, slot(state.get(ValueLayout.ADDRESS, STATE_SP)));
    }

    /**
     * {@code binary_op}, escaping
     */
    long binaryOp(long op, long lhs, long rhs) {
        try {
            applySavedState();
            return ctx.binaryOp(op, lhs, rhs);
        } catch (Throwable t) {
            failure = t;
            return 0L;
        }
    }

    /**
     * {@code call}, escaping
     */
    long call(long callable, MemorySegment args, long nargs) {
        try {
            applySavedState();
            return ctx.call(callable, slot(args), nargs);
        } catch (Throwable t) {
            failure = t;
            return 0L;
        }
    }

    /**
     * {@code push_frame}, escaping
     */
    void pushFrame(long callable, MemorySegment args, long nargs) {
        try {
            applySavedState();
            ctx.pushFrame(callable, slot(args), nargs);
        } catch (Throwable t) {
            failure = t;
        }
    }

    /**
     * {@code unwind_exception}, escaping
     */
    void unwindException() {
        try {
            applySavedState();
            ctx.unwindException();
        } catch (Throwable t) {
            failure = t;
        }
    }

    /**
     * {@code GETCONST(i)}: the current frame's code object's table
     */
    long getconst(long i) {
        try {
            return ctx.consts()[(int) i];
        } catch (Throwable t) {
            failure = t;
            return 0L;
        }
    }

    /**
     * {@code GETNAME(i)}: the current frame's code object's table
     */
    long getname(long i) {
        try {
            return ctx.names()[(int) i];
        } catch (Throwable t) {
            failure = t;
            return 0L;
        }
    }
}
