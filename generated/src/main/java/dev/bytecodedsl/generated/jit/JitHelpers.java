// Generated from bytecodes.def by the cases generator (JIT helpers). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
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
     * void advance_backoff_counter()
     */
    public static final FunctionDescriptor ADVANCE_BACKOFF_COUNTER = FunctionDescriptor.ofVoid();

    /**
     * Value binary_op(int nb_op, Value lhs, Value rhs)
     */
    public static final FunctionDescriptor BINARY_OP = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * Value binary_slice(Value container, Value start, Value stop)
     */
    public static final FunctionDescriptor BINARY_SLICE = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * Value box_float(double d)
     */
    public static final FunctionDescriptor BOX_FLOAT = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_DOUBLE);

    /**
     * Value build_list(Value[] items, int n)
     */
    public static final FunctionDescriptor BUILD_LIST = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * Value build_map(Value[] keys_and_values, int pairs)
     */
    public static final FunctionDescriptor BUILD_MAP = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * Value build_slice(Value start, Value stop, Value step)
     */
    public static final FunctionDescriptor BUILD_SLICE = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * Value build_tuple(Value[] items, int n)
     */
    public static final FunctionDescriptor BUILD_TUPLE = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * Value call_builtin(Value callable, Value self_or_null, Value[] args, int nargs)
     */
    public static final FunctionDescriptor CALL_BUILTIN = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * Value call_object(Value callable, Value self_or_null, Value[] args, int nargs)
     */
    public static final FunctionDescriptor CALL_OBJECT = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * Value call_object_kw(Value callable, Value self_or_null, Value[] args, int nargs, Value kwnames)
     */
    public static final FunctionDescriptor CALL_OBJECT_KW = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * Value compare_op(int comparison, Value left, Value right)
     */
    public static final FunctionDescriptor COMPARE_OP = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * int contains(Value container, Value item)
     */
    public static final FunctionDescriptor CONTAINS = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * bool delete_subscr(Value container, Value sub)
     */
    public static final FunctionDescriptor DELETE_SUBSCR = FunctionDescriptor.of(ValueLayout.JAVA_BOOLEAN, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * bool dict_store(Value dict, Value key, Value v)
     */
    public static final FunctionDescriptor DICT_STORE = FunctionDescriptor.of(ValueLayout.JAVA_BOOLEAN, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * Value dict_subscr(Value dict, Value key)
     */
    public static final FunctionDescriptor DICT_SUBSCR = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * void enter_executor(int index)
     */
    public static final FunctionDescriptor ENTER_EXECUTOR = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG);

    /**
     * int exception_matches(Value exc, Value type)
     */
    public static final FunctionDescriptor EXCEPTION_MATCHES = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * bool exception_pending()
     */
    public static final FunctionDescriptor EXCEPTION_PENDING = FunctionDescriptor.of(ValueLayout.JAVA_BOOLEAN);

    /**
     * bool executor_is_valid()
     */
    public static final FunctionDescriptor EXECUTOR_IS_VALID = FunctionDescriptor.of(ValueLayout.JAVA_BOOLEAN);

    /**
     * void executor_started(int executor)
     */
    public static final FunctionDescriptor EXECUTOR_STARTED = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG);

    /**
     * Value get_iter(Value iterable)
     */
    public static final FunctionDescriptor GET_ITER = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * Value handled_exception()
     */
    public static final FunctionDescriptor HANDLED_EXCEPTION = FunctionDescriptor.of(ValueLayout.JAVA_LONG);

    /**
     * Value iter_next(Value it)
     */
    public static final FunctionDescriptor ITER_NEXT = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * void list_append(Value list, Value v)
     */
    public static final FunctionDescriptor LIST_APPEND = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * Value load_attr(Value owner, Value name)
     */
    public static final FunctionDescriptor LOAD_ATTR = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * Value load_build_class()
     */
    public static final FunctionDescriptor LOAD_BUILD_CLASS = FunctionDescriptor.of(ValueLayout.JAVA_LONG);

    /**
     * Value load_global(Value name)
     */
    public static final FunctionDescriptor LOAD_GLOBAL = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * Value load_name(Value name)
     */
    public static final FunctionDescriptor LOAD_NAME = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * Value make_function(Value code, Value defaults)
     */
    public static final FunctionDescriptor MAKE_FUNCTION = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * int object_is_true(Value v)
     */
    public static final FunctionDescriptor OBJECT_IS_TRUE = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * void optimize_hot_function()
     */
    public static final FunctionDescriptor OPTIMIZE_HOT_FUNCTION = FunctionDescriptor.ofVoid();

    /**
     * void optimize_hot_loop(int back_distance)
     */
    public static final FunctionDescriptor OPTIMIZE_HOT_LOOP = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG);

    /**
     * void pop_frame(Value retval)
     */
    public static final FunctionDescriptor POP_FRAME = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG);

    /**
     * void push_frame(Value func, Value self_or_null, Value[] args, int nargs)
     */
    public static final FunctionDescriptor PUSH_FRAME = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * void raise_unbound_local(int index)
     */
    public static final FunctionDescriptor RAISE_UNBOUND_LOCAL = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG);

    /**
     * void raise_varargs(Value[] args, int n)
     */
    public static final FunctionDescriptor RAISE_VARARGS = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * void reraise(Value exc)
     */
    public static final FunctionDescriptor RERAISE = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG);

    /**
     * void set_handled_exception(Value exc)
     */
    public static final FunctionDescriptor SET_HANDLED_EXCEPTION = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG);

    /**
     * void set_instruction_offset(int offset)
     */
    public static final FunctionDescriptor SET_INSTRUCTION_OFFSET = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG);

    /**
     * void specialize_binary_op(Value lhs, Value rhs, int nb_op)
     */
    public static final FunctionDescriptor SPECIALIZE_BINARY_OP = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * void specialize_binary_subscr(Value container, Value sub)
     */
    public static final FunctionDescriptor SPECIALIZE_BINARY_SUBSCR = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * void specialize_call(Value callable, Value self_or_null, Value[] args, int nargs)
     */
    public static final FunctionDescriptor SPECIALIZE_CALL = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * void specialize_compare_op(Value left, Value right, int arg)
     */
    public static final FunctionDescriptor SPECIALIZE_COMPARE_OP = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * void specialize_for_iter(Value iter)
     */
    public static final FunctionDescriptor SPECIALIZE_FOR_ITER = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG);

    /**
     * void specialize_load_attr(Value owner, Value name, bool for_call)
     */
    public static final FunctionDescriptor SPECIALIZE_LOAD_ATTR = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_BOOLEAN);

    /**
     * void specialize_load_global(Value name)
     */
    public static final FunctionDescriptor SPECIALIZE_LOAD_GLOBAL = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG);

    /**
     * void specialize_store_attr(Value owner, Value name)
     */
    public static final FunctionDescriptor SPECIALIZE_STORE_ATTR = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * void specialize_store_global(Value name)
     */
    public static final FunctionDescriptor SPECIALIZE_STORE_GLOBAL = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG);

    /**
     * void specialize_store_subscr(Value container, Value sub)
     */
    public static final FunctionDescriptor SPECIALIZE_STORE_SUBSCR = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * void specialize_to_bool(Value value)
     */
    public static final FunctionDescriptor SPECIALIZE_TO_BOOL = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG);

    /**
     * void specialize_unpack_sequence(Value seq, int count)
     */
    public static final FunctionDescriptor SPECIALIZE_UNPACK_SEQUENCE = FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * bool store_attr(Value owner, Value name, Value v)
     */
    public static final FunctionDescriptor STORE_ATTR = FunctionDescriptor.of(ValueLayout.JAVA_BOOLEAN, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * bool store_global(Value name, Value v)
     */
    public static final FunctionDescriptor STORE_GLOBAL = FunctionDescriptor.of(ValueLayout.JAVA_BOOLEAN, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * bool store_name(Value name, Value v)
     */
    public static final FunctionDescriptor STORE_NAME = FunctionDescriptor.of(ValueLayout.JAVA_BOOLEAN, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * bool store_slice(Value container, Value start, Value stop, Value v)
     */
    public static final FunctionDescriptor STORE_SLICE = FunctionDescriptor.of(ValueLayout.JAVA_BOOLEAN, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * bool store_subscr(Value container, Value sub, Value v)
     */
    public static final FunctionDescriptor STORE_SUBSCR = FunctionDescriptor.of(ValueLayout.JAVA_BOOLEAN, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * int str_compare(Value a, Value b)
     */
    public static final FunctionDescriptor STR_COMPARE = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * Value str_concat(Value a, Value b)
     */
    public static final FunctionDescriptor STR_CONCAT = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * Value str_item(Value s, int i)
     */
    public static final FunctionDescriptor STR_ITEM = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * Value subscr(Value container, Value sub)
     */
    public static final FunctionDescriptor SUBSCR = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * int type_tag(Value v)
     */
    public static final FunctionDescriptor TYPE_TAG = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * Value unary_invert(Value v)
     */
    public static final FunctionDescriptor UNARY_INVERT = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * Value unary_negative(Value v)
     */
    public static final FunctionDescriptor UNARY_NEGATIVE = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    /**
     * bool unpack_sequence(Value seq, int count, Value[] output)
     */
    public static final FunctionDescriptor UNPACK_SEQUENCE = FunctionDescriptor.of(ValueLayout.JAVA_BOOLEAN, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

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
        return List.of("advance_backoff_counter", "binary_op", "binary_slice", "box_float", "build_list", "build_map", "build_slice", "build_tuple", "call_builtin", "call_object", "call_object_kw", "compare_op", "contains", "delete_subscr", "dict_store", "dict_subscr", "enter_executor", "exception_matches", "exception_pending", "executor_is_valid", "executor_started", "get_iter", "handled_exception", "iter_next", "list_append", "load_attr", "load_build_class", "load_global", "load_name", "make_function", "object_is_true", "optimize_hot_function", "optimize_hot_loop", "pop_frame", "push_frame", "raise_unbound_local", "raise_varargs", "reraise", "set_handled_exception", "set_instruction_offset", "specialize_binary_op", "specialize_binary_subscr", "specialize_call", "specialize_compare_op", "specialize_for_iter", "specialize_load_attr", "specialize_load_global", "specialize_store_attr", "specialize_store_global", "specialize_store_subscr", "specialize_to_bool", "specialize_unpack_sequence", "store_attr", "store_global", "store_name", "store_slice", "store_subscr", "str_compare", "str_concat", "str_item", "subscr", "type_tag", "unary_invert", "unary_negative", "unpack_sequence", "unwind_exception", "GETCONST", "GETNAME");
    }

    /**
     * The externs declared {@code cold} (called only on slow paths), for the JIT's admission policy ({@code HelperCosts}).
     */
    public static Set<String> coldHelpers() {
        return Set.of("box_float", "pop_frame", "push_frame");
    }

    /**
     * The externs declared {@code escaping}, for the JIT's admission policy ({@code HelperCosts}).
     */
    public static Set<String> escapingHelpers() {
        return Set.of("advance_backoff_counter", "binary_op", "binary_slice", "box_float", "build_list", "build_map", "build_slice", "build_tuple", "call_builtin", "call_object", "call_object_kw", "compare_op", "contains", "delete_subscr", "dict_store", "dict_subscr", "enter_executor", "exception_matches", "get_iter", "iter_next", "load_attr", "load_build_class", "load_global", "load_name", "make_function", "object_is_true", "optimize_hot_function", "optimize_hot_loop", "pop_frame", "push_frame", "raise_unbound_local", "raise_varargs", "reraise", "specialize_binary_op", "specialize_binary_subscr", "specialize_call", "specialize_compare_op", "specialize_for_iter", "specialize_load_attr", "specialize_load_global", "specialize_store_attr", "specialize_store_global", "specialize_store_subscr", "specialize_to_bool", "specialize_unpack_sequence", "store_attr", "store_global", "store_name", "store_slice", "store_subscr", "str_concat", "str_item", "subscr", "unary_invert", "unary_negative", "unpack_sequence", "unwind_exception");
    }

    /**
     * The C signature of the extern named {@code name}.
     */
    public static FunctionDescriptor descriptor(String name) {
        return switch (name) {
            case "advance_backoff_counter" -> ADVANCE_BACKOFF_COUNTER;
            case "binary_op" -> BINARY_OP;
            case "binary_slice" -> BINARY_SLICE;
            case "box_float" -> BOX_FLOAT;
            case "build_list" -> BUILD_LIST;
            case "build_map" -> BUILD_MAP;
            case "build_slice" -> BUILD_SLICE;
            case "build_tuple" -> BUILD_TUPLE;
            case "call_builtin" -> CALL_BUILTIN;
            case "call_object" -> CALL_OBJECT;
            case "call_object_kw" -> CALL_OBJECT_KW;
            case "compare_op" -> COMPARE_OP;
            case "contains" -> CONTAINS;
            case "delete_subscr" -> DELETE_SUBSCR;
            case "dict_store" -> DICT_STORE;
            case "dict_subscr" -> DICT_SUBSCR;
            case "enter_executor" -> ENTER_EXECUTOR;
            case "exception_matches" -> EXCEPTION_MATCHES;
            case "exception_pending" -> EXCEPTION_PENDING;
            case "executor_is_valid" -> EXECUTOR_IS_VALID;
            case "executor_started" -> EXECUTOR_STARTED;
            case "get_iter" -> GET_ITER;
            case "handled_exception" -> HANDLED_EXCEPTION;
            case "iter_next" -> ITER_NEXT;
            case "list_append" -> LIST_APPEND;
            case "load_attr" -> LOAD_ATTR;
            case "load_build_class" -> LOAD_BUILD_CLASS;
            case "load_global" -> LOAD_GLOBAL;
            case "load_name" -> LOAD_NAME;
            case "make_function" -> MAKE_FUNCTION;
            case "object_is_true" -> OBJECT_IS_TRUE;
            case "optimize_hot_function" -> OPTIMIZE_HOT_FUNCTION;
            case "optimize_hot_loop" -> OPTIMIZE_HOT_LOOP;
            case "pop_frame" -> POP_FRAME;
            case "push_frame" -> PUSH_FRAME;
            case "raise_unbound_local" -> RAISE_UNBOUND_LOCAL;
            case "raise_varargs" -> RAISE_VARARGS;
            case "reraise" -> RERAISE;
            case "set_handled_exception" -> SET_HANDLED_EXCEPTION;
            case "set_instruction_offset" -> SET_INSTRUCTION_OFFSET;
            case "specialize_binary_op" -> SPECIALIZE_BINARY_OP;
            case "specialize_binary_subscr" -> SPECIALIZE_BINARY_SUBSCR;
            case "specialize_call" -> SPECIALIZE_CALL;
            case "specialize_compare_op" -> SPECIALIZE_COMPARE_OP;
            case "specialize_for_iter" -> SPECIALIZE_FOR_ITER;
            case "specialize_load_attr" -> SPECIALIZE_LOAD_ATTR;
            case "specialize_load_global" -> SPECIALIZE_LOAD_GLOBAL;
            case "specialize_store_attr" -> SPECIALIZE_STORE_ATTR;
            case "specialize_store_global" -> SPECIALIZE_STORE_GLOBAL;
            case "specialize_store_subscr" -> SPECIALIZE_STORE_SUBSCR;
            case "specialize_to_bool" -> SPECIALIZE_TO_BOOL;
            case "specialize_unpack_sequence" -> SPECIALIZE_UNPACK_SEQUENCE;
            case "store_attr" -> STORE_ATTR;
            case "store_global" -> STORE_GLOBAL;
            case "store_name" -> STORE_NAME;
            case "store_slice" -> STORE_SLICE;
            case "store_subscr" -> STORE_SUBSCR;
            case "str_compare" -> STR_COMPARE;
            case "str_concat" -> STR_CONCAT;
            case "str_item" -> STR_ITEM;
            case "subscr" -> SUBSCR;
            case "type_tag" -> TYPE_TAG;
            case "unary_invert" -> UNARY_INVERT;
            case "unary_negative" -> UNARY_NEGATIVE;
            case "unpack_sequence" -> UNPACK_SEQUENCE;
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
            case "advance_backoff_counter" -> stub(MethodHandles.lookup(), name, true, "advanceBackoffCounter", ADVANCE_BACKOFF_COUNTER, arena);
            case "binary_op" -> stub(MethodHandles.lookup(), name, true, "binaryOp", BINARY_OP, arena);
            case "binary_slice" -> stub(MethodHandles.lookup(), name, true, "binarySlice", BINARY_SLICE, arena);
            case "box_float" -> stub(MethodHandles.lookup(), name, true, "boxFloat", BOX_FLOAT, arena);
            case "build_list" -> stub(MethodHandles.lookup(), name, true, "buildList", BUILD_LIST, arena);
            case "build_map" -> stub(MethodHandles.lookup(), name, true, "buildMap", BUILD_MAP, arena);
            case "build_slice" -> stub(MethodHandles.lookup(), name, true, "buildSlice", BUILD_SLICE, arena);
            case "build_tuple" -> stub(MethodHandles.lookup(), name, true, "buildTuple", BUILD_TUPLE, arena);
            case "call_builtin" -> stub(MethodHandles.lookup(), name, true, "callBuiltin", CALL_BUILTIN, arena);
            case "call_object" -> stub(MethodHandles.lookup(), name, true, "callObject", CALL_OBJECT, arena);
            case "call_object_kw" -> stub(MethodHandles.lookup(), name, true, "callObjectKw", CALL_OBJECT_KW, arena);
            case "compare_op" -> stub(MethodHandles.lookup(), name, true, "compareOp", COMPARE_OP, arena);
            case "contains" -> stub(MethodHandles.lookup(), name, true, "contains", CONTAINS, arena);
            case "delete_subscr" -> stub(MethodHandles.lookup(), name, true, "deleteSubscr", DELETE_SUBSCR, arena);
            case "dict_store" -> stub(MethodHandles.lookup(), name, true, "dictStore", DICT_STORE, arena);
            case "dict_subscr" -> stub(MethodHandles.lookup(), name, true, "dictSubscr", DICT_SUBSCR, arena);
            case "enter_executor" -> stub(MethodHandles.lookup(), name, true, "enterExecutor", ENTER_EXECUTOR, arena);
            case "exception_matches" -> stub(MethodHandles.lookup(), name, true, "exceptionMatches", EXCEPTION_MATCHES, arena);
            case "exception_pending" -> stub(MethodHandles.lookup(), name, false, "exceptionPending", EXCEPTION_PENDING, arena);
            case "executor_is_valid" -> stub(MethodHandles.lookup(), name, false, "executorIsValid", EXECUTOR_IS_VALID, arena);
            case "executor_started" -> stub(MethodHandles.lookup(), name, false, "executorStarted", EXECUTOR_STARTED, arena);
            case "get_iter" -> stub(MethodHandles.lookup(), name, true, "getIter", GET_ITER, arena);
            case "handled_exception" -> stub(MethodHandles.lookup(), name, false, "handledException", HANDLED_EXCEPTION, arena);
            case "iter_next" -> stub(MethodHandles.lookup(), name, true, "iterNext", ITER_NEXT, arena);
            case "list_append" -> stub(MethodHandles.lookup(), name, false, "listAppend", LIST_APPEND, arena);
            case "load_attr" -> stub(MethodHandles.lookup(), name, true, "loadAttr", LOAD_ATTR, arena);
            case "load_build_class" -> stub(MethodHandles.lookup(), name, true, "loadBuildClass", LOAD_BUILD_CLASS, arena);
            case "load_global" -> stub(MethodHandles.lookup(), name, true, "loadGlobal", LOAD_GLOBAL, arena);
            case "load_name" -> stub(MethodHandles.lookup(), name, true, "loadName", LOAD_NAME, arena);
            case "make_function" -> stub(MethodHandles.lookup(), name, true, "makeFunction", MAKE_FUNCTION, arena);
            case "object_is_true" -> stub(MethodHandles.lookup(), name, true, "objectIsTrue", OBJECT_IS_TRUE, arena);
            case "optimize_hot_function" -> stub(MethodHandles.lookup(), name, true, "optimizeHotFunction", OPTIMIZE_HOT_FUNCTION, arena);
            case "optimize_hot_loop" -> stub(MethodHandles.lookup(), name, true, "optimizeHotLoop", OPTIMIZE_HOT_LOOP, arena);
            case "pop_frame" -> stub(MethodHandles.lookup(), name, true, "popFrame", POP_FRAME, arena);
            case "push_frame" -> stub(MethodHandles.lookup(), name, true, "pushFrame", PUSH_FRAME, arena);
            case "raise_unbound_local" -> stub(MethodHandles.lookup(), name, true, "raiseUnboundLocal", RAISE_UNBOUND_LOCAL, arena);
            case "raise_varargs" -> stub(MethodHandles.lookup(), name, true, "raiseVarargs", RAISE_VARARGS, arena);
            case "reraise" -> stub(MethodHandles.lookup(), name, true, "reraise", RERAISE, arena);
            case "set_handled_exception" -> stub(MethodHandles.lookup(), name, false, "setHandledException", SET_HANDLED_EXCEPTION, arena);
            case "set_instruction_offset" -> stub(MethodHandles.lookup(), name, false, "setInstructionOffset", SET_INSTRUCTION_OFFSET, arena);
            case "specialize_binary_op" -> stub(MethodHandles.lookup(), name, true, "specializeBinaryOp", SPECIALIZE_BINARY_OP, arena);
            case "specialize_binary_subscr" -> stub(MethodHandles.lookup(), name, true, "specializeBinarySubscr", SPECIALIZE_BINARY_SUBSCR, arena);
            case "specialize_call" -> stub(MethodHandles.lookup(), name, true, "specializeCall", SPECIALIZE_CALL, arena);
            case "specialize_compare_op" -> stub(MethodHandles.lookup(), name, true, "specializeCompareOp", SPECIALIZE_COMPARE_OP, arena);
            case "specialize_for_iter" -> stub(MethodHandles.lookup(), name, true, "specializeForIter", SPECIALIZE_FOR_ITER, arena);
            case "specialize_load_attr" -> stub(MethodHandles.lookup(), name, true, "specializeLoadAttr", SPECIALIZE_LOAD_ATTR, arena);
            case "specialize_load_global" -> stub(MethodHandles.lookup(), name, true, "specializeLoadGlobal", SPECIALIZE_LOAD_GLOBAL, arena);
            case "specialize_store_attr" -> stub(MethodHandles.lookup(), name, true, "specializeStoreAttr", SPECIALIZE_STORE_ATTR, arena);
            case "specialize_store_global" -> stub(MethodHandles.lookup(), name, true, "specializeStoreGlobal", SPECIALIZE_STORE_GLOBAL, arena);
            case "specialize_store_subscr" -> stub(MethodHandles.lookup(), name, true, "specializeStoreSubscr", SPECIALIZE_STORE_SUBSCR, arena);
            case "specialize_to_bool" -> stub(MethodHandles.lookup(), name, true, "specializeToBool", SPECIALIZE_TO_BOOL, arena);
            case "specialize_unpack_sequence" -> stub(MethodHandles.lookup(), name, true, "specializeUnpackSequence", SPECIALIZE_UNPACK_SEQUENCE, arena);
            case "store_attr" -> stub(MethodHandles.lookup(), name, true, "storeAttr", STORE_ATTR, arena);
            case "store_global" -> stub(MethodHandles.lookup(), name, true, "storeGlobal", STORE_GLOBAL, arena);
            case "store_name" -> stub(MethodHandles.lookup(), name, true, "storeName", STORE_NAME, arena);
            case "store_slice" -> stub(MethodHandles.lookup(), name, true, "storeSlice", STORE_SLICE, arena);
            case "store_subscr" -> stub(MethodHandles.lookup(), name, true, "storeSubscr", STORE_SUBSCR, arena);
            case "str_compare" -> stub(MethodHandles.lookup(), name, false, "strCompare", STR_COMPARE, arena);
            case "str_concat" -> stub(MethodHandles.lookup(), name, true, "strConcat", STR_CONCAT, arena);
            case "str_item" -> stub(MethodHandles.lookup(), name, true, "strItem", STR_ITEM, arena);
            case "subscr" -> stub(MethodHandles.lookup(), name, true, "subscr", SUBSCR, arena);
            case "type_tag" -> stub(MethodHandles.lookup(), name, false, "typeTag", TYPE_TAG, arena);
            case "unary_invert" -> stub(MethodHandles.lookup(), name, true, "unaryInvert", UNARY_INVERT, arena);
            case "unary_negative" -> stub(MethodHandles.lookup(), name, true, "unaryNegative", UNARY_NEGATIVE, arena);
            case "unpack_sequence" -> stub(MethodHandles.lookup(), name, true, "unpackSequence", UNPACK_SEQUENCE, arena);
            case "unwind_exception" -> stub(MethodHandles.lookup(), name, true, "unwindException", UNWIND_EXCEPTION, arena);
            case "GETCONST" -> stub(MethodHandles.lookup(), name, false, "getconst", GETCONST, arena);
            case "GETNAME" -> stub(MethodHandles.lookup(), name, false, "getname", GETNAME, arena);
            default -> throw new IllegalArgumentException("no extern named " + name);
        };
    }

    /**
     * {@code advance_backoff_counter}, escaping
     */
    void advanceBackoffCounter() {
        try {
            syncFrames();
            applySavedState();
            ctx.advanceBackoffCounter();
            publishFrame();
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code binary_op}, escaping
     */
    long binaryOp(long nbOp, long lhs, long rhs) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.binaryOp(nbOp, lhs, rhs);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code binary_slice}, escaping
     */
    long binarySlice(long container, long start, long stop) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.binarySlice(container, start, stop);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code box_float}, escaping
     */
    long boxFloat(double d) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.boxFloat(d);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code build_list}, escaping
     */
    long buildList(long items, long n) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.buildList(slot(items), n);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code build_map}, escaping
     */
    long buildMap(long keysAndValues, long pairs) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.buildMap(slot(keysAndValues), pairs);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code build_slice}, escaping
     */
    long buildSlice(long start, long stop, long step) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.buildSlice(start, stop, step);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code build_tuple}, escaping
     */
    long buildTuple(long items, long n) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.buildTuple(slot(items), n);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code call_builtin}, escaping
     */
    long callBuiltin(long callable, long selfOrNull, long args, long nargs) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.callBuiltin(callable, selfOrNull, slot(args), nargs);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code call_object}, escaping
     */
    long callObject(long callable, long selfOrNull, long args, long nargs) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.callObject(callable, selfOrNull, slot(args), nargs);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code call_object_kw}, escaping
     */
    long callObjectKw(long callable, long selfOrNull, long args, long nargs, long kwnames) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.callObjectKw(callable, selfOrNull, slot(args), nargs, kwnames);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code compare_op}, escaping
     */
    long compareOp(long comparison, long left, long right) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.compareOp(comparison, left, right);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code contains}, escaping
     */
    long contains(long container, long item) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.contains(container, item);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code delete_subscr}, escaping
     */
    boolean deleteSubscr(long container, long sub) {
        try {
            syncFrames();
            applySavedState();
            boolean __result = ctx.deleteSubscr(container, sub);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return false;
        }
    }

    /**
     * {@code dict_store}, escaping
     */
    boolean dictStore(long dict, long key, long v) {
        try {
            syncFrames();
            applySavedState();
            boolean __result = ctx.dictStore(dict, key, v);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return false;
        }
    }

    /**
     * {@code dict_subscr}, escaping
     */
    long dictSubscr(long dict, long key) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.dictSubscr(dict, key);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code enter_executor}, escaping
     */
    void enterExecutor(long index) {
        try {
            syncFrames();
            applySavedState();
            ctx.enterExecutor(index);
            publishFrame();
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code exception_matches}, escaping
     */
    long exceptionMatches(long exc, long type) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.exceptionMatches(exc, type);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code exception_pending}
     */
    boolean exceptionPending() {
        try {
            syncFrames();
            return ctx.exceptionPending();
        } catch (Throwable t) {
            fail(t);
            return false;
        }
    }

    /**
     * {@code executor_is_valid}
     */
    boolean executorIsValid() {
        try {
            syncFrames();
            return ctx.executorIsValid();
        } catch (Throwable t) {
            fail(t);
            return false;
        }
    }

    /**
     * {@code executor_started}
     */
    void executorStarted(long executor) {
        try {
            syncFrames();
            ctx.executorStarted(executor);
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code get_iter}, escaping
     */
    long getIter(long iterable) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.getIter(iterable);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code handled_exception}
     */
    long handledException() {
        try {
            syncFrames();
            return ctx.handledException();
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code iter_next}, escaping
     */
    long iterNext(long it) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.iterNext(it);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code list_append}
     */
    void listAppend(long list, long v) {
        try {
            syncFrames();
            ctx.listAppend(list, v);
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code load_attr}, escaping
     */
    long loadAttr(long owner, long name) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.loadAttr(owner, name);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code load_build_class}, escaping
     */
    long loadBuildClass() {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.loadBuildClass();
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code load_global}, escaping
     */
    long loadGlobal(long name) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.loadGlobal(name);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code load_name}, escaping
     */
    long loadName(long name) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.loadName(name);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code make_function}, escaping
     */
    long makeFunction(long code, long defaults) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.makeFunction(code, defaults);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code object_is_true}, escaping
     */
    long objectIsTrue(long v) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.objectIsTrue(v);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code optimize_hot_function}, escaping
     */
    void optimizeHotFunction() {
        try {
            syncFrames();
            applySavedState();
            ctx.optimizeHotFunction();
            publishFrame();
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code optimize_hot_loop}, escaping
     */
    void optimizeHotLoop(long backDistance) {
        try {
            syncFrames();
            applySavedState();
            ctx.optimizeHotLoop(backDistance);
            publishFrame();
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code pop_frame}, escaping
     */
    void popFrame(long retval) {
        try {
            syncFrames();
            applySavedState();
            ctx.popFrame(retval);
            publishFrame();
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code push_frame}, escaping
     */
    void pushFrame(long func, long selfOrNull, long args, long nargs) {
        try {
            syncFrames();
            applySavedState();
            ctx.pushFrame(func, selfOrNull, slot(args), nargs);
            publishFrame();
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code raise_unbound_local}, escaping
     */
    void raiseUnboundLocal(long index) {
        try {
            syncFrames();
            applySavedState();
            ctx.raiseUnboundLocal(index);
            publishFrame();
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code raise_varargs}, escaping
     */
    void raiseVarargs(long args, long n) {
        try {
            syncFrames();
            applySavedState();
            ctx.raiseVarargs(slot(args), n);
            publishFrame();
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code reraise}, escaping
     */
    void reraise(long exc) {
        try {
            syncFrames();
            applySavedState();
            ctx.reraise(exc);
            publishFrame();
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code set_handled_exception}
     */
    void setHandledException(long exc) {
        try {
            syncFrames();
            ctx.setHandledException(exc);
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code set_instruction_offset}
     */
    void setInstructionOffset(long offset) {
        try {
            syncFrames();
            ctx.setInstructionOffset(offset);
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code specialize_binary_op}, escaping
     */
    void specializeBinaryOp(long lhs, long rhs, long nbOp) {
        try {
            syncFrames();
            applySavedState();
            ctx.specializeBinaryOp(lhs, rhs, nbOp);
            publishFrame();
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code specialize_binary_subscr}, escaping
     */
    void specializeBinarySubscr(long container, long sub) {
        try {
            syncFrames();
            applySavedState();
            ctx.specializeBinarySubscr(container, sub);
            publishFrame();
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code specialize_call}, escaping
     */
    void specializeCall(long callable, long selfOrNull, long args, long nargs) {
        try {
            syncFrames();
            applySavedState();
            ctx.specializeCall(callable, selfOrNull, slot(args), nargs);
            publishFrame();
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code specialize_compare_op}, escaping
     */
    void specializeCompareOp(long left, long right, long arg) {
        try {
            syncFrames();
            applySavedState();
            ctx.specializeCompareOp(left, right, arg);
            publishFrame();
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code specialize_for_iter}, escaping
     */
    void specializeForIter(long iter) {
        try {
            syncFrames();
            applySavedState();
            ctx.specializeForIter(iter);
            publishFrame();
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code specialize_load_attr}, escaping
     */
    void specializeLoadAttr(long owner, long name, boolean forCall) {
        try {
            syncFrames();
            applySavedState();
            ctx.specializeLoadAttr(owner, name, forCall);
            publishFrame();
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code specialize_load_global}, escaping
     */
    void specializeLoadGlobal(long name) {
        try {
            syncFrames();
            applySavedState();
            ctx.specializeLoadGlobal(name);
            publishFrame();
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code specialize_store_attr}, escaping
     */
    void specializeStoreAttr(long owner, long name) {
        try {
            syncFrames();
            applySavedState();
            ctx.specializeStoreAttr(owner, name);
            publishFrame();
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code specialize_store_global}, escaping
     */
    void specializeStoreGlobal(long name) {
        try {
            syncFrames();
            applySavedState();
            ctx.specializeStoreGlobal(name);
            publishFrame();
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code specialize_store_subscr}, escaping
     */
    void specializeStoreSubscr(long container, long sub) {
        try {
            syncFrames();
            applySavedState();
            ctx.specializeStoreSubscr(container, sub);
            publishFrame();
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code specialize_to_bool}, escaping
     */
    void specializeToBool(long value) {
        try {
            syncFrames();
            applySavedState();
            ctx.specializeToBool(value);
            publishFrame();
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code specialize_unpack_sequence}, escaping
     */
    void specializeUnpackSequence(long seq, long count) {
        try {
            syncFrames();
            applySavedState();
            ctx.specializeUnpackSequence(seq, count);
            publishFrame();
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * {@code store_attr}, escaping
     */
    boolean storeAttr(long owner, long name, long v) {
        try {
            syncFrames();
            applySavedState();
            boolean __result = ctx.storeAttr(owner, name, v);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return false;
        }
    }

    /**
     * {@code store_global}, escaping
     */
    boolean storeGlobal(long name, long v) {
        try {
            syncFrames();
            applySavedState();
            boolean __result = ctx.storeGlobal(name, v);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return false;
        }
    }

    /**
     * {@code store_name}, escaping
     */
    boolean storeName(long name, long v) {
        try {
            syncFrames();
            applySavedState();
            boolean __result = ctx.storeName(name, v);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return false;
        }
    }

    /**
     * {@code store_slice}, escaping
     */
    boolean storeSlice(long container, long start, long stop, long v) {
        try {
            syncFrames();
            applySavedState();
            boolean __result = ctx.storeSlice(container, start, stop, v);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return false;
        }
    }

    /**
     * {@code store_subscr}, escaping
     */
    boolean storeSubscr(long container, long sub, long v) {
        try {
            syncFrames();
            applySavedState();
            boolean __result = ctx.storeSubscr(container, sub, v);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return false;
        }
    }

    /**
     * {@code str_compare}
     */
    long strCompare(long a, long b) {
        try {
            syncFrames();
            return ctx.strCompare(a, b);
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code str_concat}, escaping
     */
    long strConcat(long a, long b) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.strConcat(a, b);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code str_item}, escaping
     */
    long strItem(long s, long i) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.strItem(s, i);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code subscr}, escaping
     */
    long subscr(long container, long sub) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.subscr(container, sub);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code type_tag}
     */
    long typeTag(long v) {
        try {
            syncFrames();
            return ctx.typeTag(v);
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code unary_invert}, escaping
     */
    long unaryInvert(long v) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.unaryInvert(v);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code unary_negative}, escaping
     */
    long unaryNegative(long v) {
        try {
            syncFrames();
            applySavedState();
            long __result = ctx.unaryNegative(v);
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return 0L;
        }
    }

    /**
     * {@code unpack_sequence}, escaping
     */
    boolean unpackSequence(long seq, long count, long output) {
        try {
            syncFrames();
            applySavedState();
            boolean __result = ctx.unpackSequence(seq, count, slot(output));
            publishFrame();
            return __result;
        } catch (Throwable t) {
            fail(t);
            return false;
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
