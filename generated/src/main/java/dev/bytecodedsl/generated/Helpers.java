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
     * {@code advance_backoff_counter}, escaping (bytecodes.def:149:22)
     */
    void advanceBackoffCounter();

    /**
     * {@code specialize_binary_op}, escaping (bytecodes.def:150:22)
     */
    void specializeBinaryOp(long lhs, long rhs, long nbOp);

    /**
     * {@code specialize_compare_op}, escaping (bytecodes.def:151:22)
     */
    void specializeCompareOp(long left, long right, long arg);

    /**
     * {@code specialize_to_bool}, escaping (bytecodes.def:152:22)
     */
    void specializeToBool(long value);

    /**
     * {@code specialize_for_iter}, escaping (bytecodes.def:153:22)
     */
    void specializeForIter(long iter);

    /**
     * {@code specialize_binary_subscr}, escaping (bytecodes.def:154:22)
     */
    void specializeBinarySubscr(long container, long sub);

    /**
     * {@code specialize_store_subscr}, escaping (bytecodes.def:155:22)
     */
    void specializeStoreSubscr(long container, long sub);

    /**
     * {@code specialize_unpack_sequence}, escaping (bytecodes.def:156:22)
     */
    void specializeUnpackSequence(long seq, long count);

    /**
     * {@code specialize_load_global}, escaping (bytecodes.def:157:22)
     */
    void specializeLoadGlobal(long name);

    /**
     * {@code specialize_load_attr}, escaping (bytecodes.def:158:22)
     */
    void specializeLoadAttr(long owner, long name, boolean forCall);

    /**
     * {@code specialize_store_attr}, escaping (bytecodes.def:159:22)
     */
    void specializeStoreAttr(long owner, long name);

    /**
     * {@code specialize_call}, escaping (bytecodes.def:160:22)
     */
    void specializeCall(long callable, long selfOrNull, long nargs);

    /**
     * {@code optimize_hot_loop}, escaping (bytecodes.def:161:22)
     */
    void optimizeHotLoop(long backDistance);

    /**
     * {@code enter_executor}, escaping (bytecodes.def:164:22)
     */
    void enterExecutor(long index);

    /**
     * {@code type_tag} (bytecodes.def:169:12)
     */
    long typeTag(long v);

    /**
     * {@code type_version_of} (bytecodes.def:170:12)
     */
    long typeVersionOf(long v);

    /**
     * {@code str_length} (bytecodes.def:171:12)
     */
    long strLength(long s);

    /**
     * {@code str_compare} (bytecodes.def:172:12)
     */
    long strCompare(long a, long b);

    /**
     * {@code list_length} (bytecodes.def:173:12)
     */
    long listLength(long list);

    /**
     * {@code list_item} (bytecodes.def:174:14)
     */
    long listItem(long list, long i);

    /**
     * {@code list_store} (bytecodes.def:175:13)
     */
    void listStore(long list, long i, long v);

    /**
     * {@code list_append} (bytecodes.def:176:13)
     */
    void listAppend(long list, long v);

    /**
     * {@code tuple_length} (bytecodes.def:177:12)
     */
    long tupleLength(long tuple);

    /**
     * {@code tuple_item} (bytecodes.def:178:14)
     */
    long tupleItem(long tuple, long i);

    /**
     * {@code instance_slot} (bytecodes.def:179:14)
     */
    long instanceSlot(long obj, long index);

    /**
     * {@code instance_store} (bytecodes.def:180:13)
     */
    void instanceStore(long obj, long index, long v);

    /**
     * {@code function_version} (bytecodes.def:181:12)
     */
    long functionVersion(long func);

    /**
     * {@code function_argcount} (bytecodes.def:182:12)
     */
    long functionArgcount(long func);

    /**
     * {@code frame_space_available} (bytecodes.def:183:13)
     */
    boolean frameSpaceAvailable(long func);

    /**
     * {@code exception_pending} (bytecodes.def:184:13)
     */
    boolean exceptionPending();

    /**
     * {@code globals_version} (bytecodes.def:188:12)
     */
    long globalsVersion();

    /**
     * {@code globals_entry} (bytecodes.def:189:14)
     */
    long globalsEntry(long index);

    /**
     * {@code builtins_version} (bytecodes.def:190:12)
     */
    long builtinsVersion();

    /**
     * {@code builtins_entry} (bytecodes.def:191:14)
     */
    long builtinsEntry(long index);

    /**
     * {@code list_iter_exhausted} (bytecodes.def:195:13)
     */
    boolean listIterExhausted(long it);

    /**
     * {@code list_iter_next} (bytecodes.def:196:14)
     */
    long listIterNext(long it);

    /**
     * {@code tuple_iter_exhausted} (bytecodes.def:197:13)
     */
    boolean tupleIterExhausted(long it);

    /**
     * {@code tuple_iter_next} (bytecodes.def:198:14)
     */
    long tupleIterNext(long it);

    /**
     * {@code get_iter}, escaping (bytecodes.def:199:23)
     */
    long getIter(long iterable);

    /**
     * {@code iter_next}, escaping (bytecodes.def:200:23)
     */
    long iterNext(long it);

    /**
     * {@code binary_op}, escaping (bytecodes.def:203:23)
     */
    long binaryOp(long nbOp, long lhs, long rhs);

    /**
     * {@code unary_negative}, escaping (bytecodes.def:204:23)
     */
    long unaryNegative(long v);

    /**
     * {@code unary_invert}, escaping (bytecodes.def:205:23)
     */
    long unaryInvert(long v);

    /**
     * {@code compare_op}, escaping (bytecodes.def:206:23)
     */
    long compareOp(long comparison, long left, long right);

    /**
     * {@code object_is_true}, escaping (bytecodes.def:207:21)
     */
    long objectIsTrue(long v);

    /**
     * {@code contains}, escaping (bytecodes.def:208:21)
     */
    long contains(long container, long item);

    /**
     * {@code box_float}, escaping (bytecodes.def:209:23)
     */
    long boxFloat(double d);

    /**
     * {@code str_concat}, escaping (bytecodes.def:210:23)
     */
    long strConcat(long a, long b);

    /**
     * {@code str_item}, escaping (bytecodes.def:211:23)
     */
    long strItem(long s, long i);

    /**
     * {@code build_list}, escaping (bytecodes.def:214:23)
     */
    long buildList(int items, long n);

    /**
     * {@code build_tuple}, escaping (bytecodes.def:215:23)
     */
    long buildTuple(int items, long n);

    /**
     * {@code build_map}, escaping (bytecodes.def:216:23)
     */
    long buildMap(int keysAndValues, long pairs);

    /**
     * {@code build_slice}, escaping (bytecodes.def:217:23)
     */
    long buildSlice(long start, long stop, long step);

    /**
     * {@code subscr}, escaping (bytecodes.def:218:23)
     */
    long subscr(long container, long sub);

    /**
     * {@code dict_subscr}, escaping (bytecodes.def:219:23)
     */
    long dictSubscr(long dict, long key);

    /**
     * {@code store_subscr}, escaping (bytecodes.def:220:22)
     */
    boolean storeSubscr(long container, long sub, long v);

    /**
     * {@code dict_store}, escaping (bytecodes.def:221:22)
     */
    boolean dictStore(long dict, long key, long v);

    /**
     * {@code delete_subscr}, escaping (bytecodes.def:222:22)
     */
    boolean deleteSubscr(long container, long sub);

    /**
     * {@code binary_slice}, escaping (bytecodes.def:223:23)
     */
    long binarySlice(long container, long start, long stop);

    /**
     * {@code store_slice}, escaping (bytecodes.def:224:22)
     */
    boolean storeSlice(long container, long start, long stop, long v);

    /**
     * {@code unpack_sequence}, escaping (bytecodes.def:225:22)
     */
    boolean unpackSequence(long seq, long count, int output);

    /**
     * {@code load_global}, escaping (bytecodes.def:228:23)
     */
    long loadGlobal(long name);

    /**
     * {@code store_global}, escaping (bytecodes.def:229:22)
     */
    boolean storeGlobal(long name, long v);

    /**
     * {@code load_name}, escaping (bytecodes.def:230:23)
     */
    long loadName(long name);

    /**
     * {@code store_name}, escaping (bytecodes.def:231:22)
     */
    boolean storeName(long name, long v);

    /**
     * {@code load_attr}, escaping (bytecodes.def:232:23)
     */
    long loadAttr(long owner, long name);

    /**
     * {@code store_attr}, escaping (bytecodes.def:233:22)
     */
    boolean storeAttr(long owner, long name, long v);

    /**
     * {@code load_build_class}, escaping (bytecodes.def:234:23)
     */
    long loadBuildClass();

    /**
     * {@code make_function}, escaping (bytecodes.def:235:23)
     */
    long makeFunction(long code, long defaults);

    /**
     * {@code call_object}, escaping (bytecodes.def:238:23)
     */
    long callObject(long callable, long selfOrNull, int args, long nargs);

    /**
     * {@code call_object_kw}, escaping (bytecodes.def:239:23)
     */
    long callObjectKw(long callable, long selfOrNull, int args, long nargs, long kwnames);

    /**
     * {@code call_builtin}, escaping (bytecodes.def:240:23)
     */
    long callBuiltin(long callable, long selfOrNull, int args, long nargs);

    /**
     * {@code push_frame}, escaping (bytecodes.def:243:22)
     */
    void pushFrame(long func, long selfOrNull, int args, long nargs);

    /**
     * {@code pop_frame}, escaping (bytecodes.def:246:22)
     */
    void popFrame(long retval);

    /**
     * {@code raise_unbound_local}, escaping (bytecodes.def:249:22)
     */
    void raiseUnboundLocal(long index);

    /**
     * {@code raise_varargs}, escaping (bytecodes.def:250:22)
     */
    void raiseVarargs(int args, long n);

    /**
     * {@code reraise}, escaping (bytecodes.def:251:22)
     */
    void reraise(long exc);

    /**
     * {@code exception_matches}, escaping (bytecodes.def:252:21)
     */
    long exceptionMatches(long exc, long type);

    /**
     * {@code handled_exception} (bytecodes.def:253:14)
     */
    long handledException();

    /**
     * {@code set_handled_exception} (bytecodes.def:254:13)
     */
    void setHandledException(long exc);

    /**
     * {@code unwind_exception}, escaping (bytecodes.def:258:22)
     */
    void unwindException();

    /**
     * {@code executor_is_valid} (bytecodes.def:261:13)
     */
    boolean executorIsValid();

    /**
     * {@code set_instruction_offset} (bytecodes.def:262:13)
     */
    void setInstructionOffset(long offset);

    /**
     * {@code executor_started} (bytecodes.def:263:13)
     */
    void executorStarted(long executor);
}
