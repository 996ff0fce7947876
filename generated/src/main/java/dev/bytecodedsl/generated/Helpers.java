// Generated from bytecodes.def by the cases generator (tier 1). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
package dev.bytecodedsl.generated;

/**
 * The helpers declared with {@code extern} in bytecodes.def, implemented by the runtime.
 * <p>Types: Value and int are {@code long}, double is {@code double}, bool is {@code boolean}.
 * An array parameter ({@code Value[]}) is the {@code int} index of its first slot in the
 * native value stack ({@link InterpreterContext#stack()}); output arrays are written there.
 * Conventions (escaping, steal, error results) are those of the bytecodes.def header.
 */
public interface Helpers {
    /**
     * {@code extern advance_backoff_counter}, escaping
     */
    void advanceBackoffCounter();

    /**
     * {@code extern binary_op}, escaping
     */
    long binaryOp(long nbOp, long lhs, long rhs);

    /**
     * {@code extern binary_slice}, escaping
     */
    long binarySlice(long container, long start, long stop);

    /**
     * {@code extern box_float}, escaping
     */
    long boxFloat(double d);

    /**
     * {@code extern build_list}, escaping
     */
    long buildList(int items, long n);

    /**
     * {@code extern build_map}, escaping
     */
    long buildMap(int keysAndValues, long pairs);

    /**
     * {@code extern build_slice}, escaping
     */
    long buildSlice(long start, long stop, long step);

    /**
     * {@code extern build_tuple}, escaping
     */
    long buildTuple(int items, long n);

    /**
     * {@code extern call_builtin}, escaping
     */
    long callBuiltin(long callable, long selfOrNull, int args, long nargs);

    /**
     * {@code extern call_object}, escaping
     */
    long callObject(long callable, long selfOrNull, int args, long nargs);

    /**
     * {@code extern call_object_kw}, escaping
     */
    long callObjectKw(long callable, long selfOrNull, int args, long nargs, long kwnames);

    /**
     * {@code extern compare_op}, escaping
     */
    long compareOp(long comparison, long left, long right);

    /**
     * {@code extern contains}, escaping
     */
    long contains(long container, long item);

    /**
     * {@code extern delete_subscr}, escaping
     */
    boolean deleteSubscr(long container, long sub);

    /**
     * {@code extern dict_store}, escaping
     */
    boolean dictStore(long dict, long key, long v);

    /**
     * {@code extern dict_subscr}, escaping
     */
    long dictSubscr(long dict, long key);

    /**
     * {@code extern enter_executor}, escaping
     */
    void enterExecutor(long index);

    /**
     * {@code extern exception_matches}, escaping
     */
    long exceptionMatches(long exc, long type);

    /**
     * {@code extern exception_pending}
     */
    boolean exceptionPending();

    /**
     * {@code extern executor_is_valid}
     */
    boolean executorIsValid();

    /**
     * {@code extern executor_started}
     */
    void executorStarted(long executor);

    /**
     * {@code extern get_iter}, escaping
     */
    long getIter(long iterable);

    /**
     * {@code extern handled_exception}
     */
    long handledException();

    /**
     * {@code extern iter_next}, escaping
     */
    long iterNext(long it);

    /**
     * {@code extern list_append}
     */
    void listAppend(long list, long v);

    /**
     * {@code extern load_attr}, escaping
     */
    long loadAttr(long owner, long name);

    /**
     * {@code extern load_build_class}, escaping
     */
    long loadBuildClass();

    /**
     * {@code extern load_global}, escaping
     */
    long loadGlobal(long name);

    /**
     * {@code extern load_name}, escaping
     */
    long loadName(long name);

    /**
     * {@code extern make_function}, escaping
     */
    long makeFunction(long code, long defaults);

    /**
     * {@code extern object_is_true}, escaping
     */
    long objectIsTrue(long v);

    /**
     * {@code extern optimize_hot_function}, escaping
     */
    void optimizeHotFunction();

    /**
     * {@code extern optimize_hot_loop}, escaping
     */
    void optimizeHotLoop(long backDistance);

    /**
     * {@code extern pop_frame}, escaping
     */
    void popFrame(long retval);

    /**
     * {@code extern push_frame}, escaping
     */
    void pushFrame(long func, long selfOrNull, int args, long nargs);

    /**
     * {@code extern raise_unbound_local}, escaping
     */
    void raiseUnboundLocal(long index);

    /**
     * {@code extern raise_varargs}, escaping
     */
    void raiseVarargs(int args, long n);

    /**
     * {@code extern reraise}, escaping
     */
    void reraise(long exc);

    /**
     * {@code extern set_handled_exception}
     */
    void setHandledException(long exc);

    /**
     * {@code extern set_instruction_offset}
     */
    void setInstructionOffset(long offset);

    /**
     * {@code extern specialize_binary_op}, escaping
     */
    void specializeBinaryOp(long lhs, long rhs, long nbOp);

    /**
     * {@code extern specialize_binary_subscr}, escaping
     */
    void specializeBinarySubscr(long container, long sub);

    /**
     * {@code extern specialize_call}, escaping
     */
    void specializeCall(long callable, long selfOrNull, int args, long nargs);

    /**
     * {@code extern specialize_compare_op}, escaping
     */
    void specializeCompareOp(long left, long right, long arg);

    /**
     * {@code extern specialize_for_iter}, escaping
     */
    void specializeForIter(long iter);

    /**
     * {@code extern specialize_load_attr}, escaping
     */
    void specializeLoadAttr(long owner, long name, boolean forCall);

    /**
     * {@code extern specialize_load_global}, escaping
     */
    void specializeLoadGlobal(long name);

    /**
     * {@code extern specialize_store_attr}, escaping
     */
    void specializeStoreAttr(long owner, long name);

    /**
     * {@code extern specialize_store_global}, escaping
     */
    void specializeStoreGlobal(long name);

    /**
     * {@code extern specialize_store_subscr}, escaping
     */
    void specializeStoreSubscr(long container, long sub);

    /**
     * {@code extern specialize_to_bool}, escaping
     */
    void specializeToBool(long value);

    /**
     * {@code extern specialize_unpack_sequence}, escaping
     */
    void specializeUnpackSequence(long seq, long count);

    /**
     * {@code extern store_attr}, escaping
     */
    boolean storeAttr(long owner, long name, long v);

    /**
     * {@code extern store_global}, escaping
     */
    boolean storeGlobal(long name, long v);

    /**
     * {@code extern store_name}, escaping
     */
    boolean storeName(long name, long v);

    /**
     * {@code extern store_slice}, escaping
     */
    boolean storeSlice(long container, long start, long stop, long v);

    /**
     * {@code extern store_subscr}, escaping
     */
    boolean storeSubscr(long container, long sub, long v);

    /**
     * {@code extern str_compare}
     */
    long strCompare(long a, long b);

    /**
     * {@code extern str_concat}, escaping
     */
    long strConcat(long a, long b);

    /**
     * {@code extern str_item}, escaping
     */
    long strItem(long s, long i);

    /**
     * {@code extern subscr}, escaping
     */
    long subscr(long container, long sub);

    /**
     * {@code extern type_tag}
     */
    long typeTag(long v);

    /**
     * {@code extern unary_invert}, escaping
     */
    long unaryInvert(long v);

    /**
     * {@code extern unary_negative}, escaping
     */
    long unaryNegative(long v);

    /**
     * {@code extern unpack_sequence}, escaping
     */
    boolean unpackSequence(long seq, long count, int output);

    /**
     * {@code extern unwind_exception}, escaping
     */
    void unwindException();
}
