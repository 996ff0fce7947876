// Generated from bytecodes.def by the cases generator (tier 1). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
package dev.bytecodedsl.generated;

import dev.bytecodedsl.kit.NativeWords;

/**
 * The {@code func}s of the DSL, for both interpreters; those that take no registers are
 * public, so the VM's own Java computes what they compute from the same definition.
 */
public final class DslFunctions {
    private DslFunctions() {
    }

    /**
     * {@code func builtins_entry}
     */
    static long builtins_entry(Registers __s, long index) {
        return (NativeWords.word(NativeWords.word(__s.heapWordsBase, ((DslFunctions.vm_namespace(__s, DslConstants.VM_BUILTINS_WORD)) << 2) + ((DslConstants.DICT_VALUES_WORD) << 3)), ((index) << 3)));
    }

    /**
     * {@code func builtins_version}
     */
    static long builtins_version(Registers __s) {
        return NativeWords.word(__s.heapWordsBase, ((DslFunctions.vm_namespace(__s, DslConstants.VM_BUILTINS_WORD)) << 2) + ((DslConstants.DICT_NAMESPACE_VERSION_WORD) << 3));
    }

    /**
     * {@code func exact_double}
     */
    public static boolean exact_double(long v) {
        long i = (v) >> 1L;
        return (i <= (1L << 53L)) && (i >= (-(1L << 53L)));
    }

    /**
     * {@code func float_result}
     */
    static long float_result(Registers __s, double d) {
        long immediate = DslFunctions.immediate_float(d);
        if ((immediate) != DslConstants.NULL_BITS) {
            return immediate;
        }
        return __s.ctx.boxFloat(d);
    }

    /**
     * {@code func float_value}
     */
    static double float_value(Registers __s, long v) {
        if (((v) & DslConstants.TAG_MASK) != DslConstants.FLOAT_TAG) {
            return Double.longBitsToDouble(NativeWords.word(__s.heapWordsBase, ((v) << 2) + ((DslConstants.FLOAT_BITS_WORD) << 3)));
        }
        return DslFunctions.immediate_float_value(v);
    }

    /**
     * {@code func frame_space_available}
     */
    static boolean frame_space_available(Registers __s, long frame_size) {
        return frame_size <= DslFunctions.frames_word(__s, DslConstants.FRAMES_ROOM);
    }

    /**
     * {@code func frames_word}
     */
    static long frames_word(Registers __s, long i) {
        return NativeWords.word(DslFunctions.vm_word(__s, DslConstants.VM_FRAMES_WORD), ((i) << 3));
    }

    /**
     * {@code func function_frame_size}
     */
    static long function_frame_size(Registers __s, long f) {
        return NativeWords.word(__s.heapWordsBase, ((f) << 2) + ((DslConstants.FUNCTION_FRAME_WORD) << 3)) & DslConstants.FRAME_SIZE_MASK;
    }

    /**
     * {@code func function_local_count}
     */
    static long function_local_count(Registers __s, long f) {
        return NativeWords.word(__s.heapWordsBase, ((f) << 2) + ((DslConstants.FUNCTION_FRAME_WORD) << 3)) >> DslConstants.FRAME_LOCALS_SHIFT;
    }

    /**
     * {@code func globals_entry}
     */
    static long globals_entry(Registers __s, long index) {
        return (NativeWords.word(NativeWords.word(__s.heapWordsBase, ((DslFunctions.vm_namespace(__s, DslConstants.VM_GLOBALS_WORD)) << 2) + ((DslConstants.DICT_VALUES_WORD) << 3)), ((index) << 3)));
    }

    /**
     * {@code func globals_store}
     */
    static void globals_store(Registers __s, long index, long v) {
        NativeWords.setWord(NativeWords.word(__s.heapWordsBase, ((DslFunctions.vm_namespace(__s, DslConstants.VM_GLOBALS_WORD)) << 2) + ((DslConstants.DICT_VALUES_WORD) << 3)), ((index) << 3), (v));
    }

    /**
     * {@code func globals_version}
     */
    static long globals_version(Registers __s) {
        return NativeWords.word(__s.heapWordsBase, ((DslFunctions.vm_namespace(__s, DslConstants.VM_GLOBALS_WORD)) << 2) + ((DslConstants.DICT_NAMESPACE_VERSION_WORD) << 3));
    }

    /**
     * {@code func immediate_float}
     */
    public static long immediate_float(double d) {
        long rot = (Double.doubleToRawLongBits(d) << 1L) | (Double.doubleToRawLongBits(d) >>> 63L);
        if ((rot >>> 1L) == 0L) {
            return ((rot << DslConstants.FLOAT_TAG_BITS) | DslConstants.FLOAT_TAG);
        }
        if (((rot - DslConstants.FLOAT_ROTATED_MIN) >>> 53L) < 255L) {
            return (((rot - DslConstants.FLOAT_ROTATED_OFFSET) << DslConstants.FLOAT_TAG_BITS) | DslConstants.FLOAT_TAG);
        }
        return (DslConstants.NULL_BITS);
    }

    /**
     * {@code func immediate_float_value}
     */
    public static double immediate_float_value(long v) {
        long rot = (v) >>> DslConstants.FLOAT_TAG_BITS;
        if (rot > 1L) {
            rot += DslConstants.FLOAT_ROTATED_OFFSET;
        }
        return Double.longBitsToDouble((rot >>> 1L) | (rot << 63L));
    }

    /**
     * {@code func instance_has_slot}
     */
    static boolean instance_has_slot(Registers __s, long obj, long index) {
        return index < NativeWords.word(__s.heapWordsBase, ((obj) << 2) + ((DslConstants.INSTANCE_SLOT_COUNT_WORD) << 3));
    }

    /**
     * {@code func instance_slot}
     */
    static long instance_slot(Registers __s, long obj, long index) {
        if (!DslFunctions.instance_has_slot(__s, obj, index)) {
            return (DslConstants.NULL_BITS);
        }
        return (NativeWords.word(NativeWords.word(__s.heapWordsBase, ((obj) << 2) + ((DslConstants.INSTANCE_SLOTS_WORD) << 3)), ((index) << 3)));
    }

    /**
     * {@code func instance_store}
     */
    static void instance_store(Registers __s, long obj, long index, long v) {
        NativeWords.setWord(NativeWords.word(__s.heapWordsBase, ((obj) << 2) + ((DslConstants.INSTANCE_SLOTS_WORD) << 3)), ((index) << 3), (v));
    }

    /**
     * {@code func is_float}
     */
    static boolean is_float(Registers __s, long v) {
        return (((v) & DslConstants.TAG_MASK) == DslConstants.FLOAT_TAG) || (((v & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((v) << 2) + ((0) << 3)) : 0L) == DslConstants.TYPE_FLOAT);
    }

    /**
     * {@code func is_number}
     */
    static boolean is_number(Registers __s, long v) {
        return (((v) & DslConstants.SMALL_INT_TAG) != 0L) || DslFunctions.is_float(__s, v);
    }

    /**
     * {@code func list_append_in_place}
     */
    static boolean list_append_in_place(Registers __s, long list, long v) {
        long length = DslFunctions.list_length(__s, list);
        if (length >= NativeWords.word(__s.heapWordsBase, ((list) << 2) + ((DslConstants.LIST_CAPACITY_WORD) << 3))) {
            return false;
        }
        NativeWords.setWord(NativeWords.word(__s.heapWordsBase, ((list) << 2) + ((DslConstants.LIST_ITEMS_WORD) << 3)), ((length) << 3), (v));
        NativeWords.setWord(__s.heapWordsBase, ((list) << 2) + ((DslConstants.LIST_LENGTH_WORD) << 3), length + 1L);
        return true;
    }

    /**
     * {@code func list_item}
     */
    static long list_item(Registers __s, long list, long i) {
        return (NativeWords.word(NativeWords.word(__s.heapWordsBase, ((list) << 2) + ((DslConstants.LIST_ITEMS_WORD) << 3)), ((i) << 3)));
    }

    /**
     * {@code func list_iter_exhausted}
     */
    static boolean list_iter_exhausted(Registers __s, long it) {
        return NativeWords.word(__s.heapWordsBase, ((it) << 2) + ((DslConstants.LIST_ITER_INDEX_WORD) << 3)) >= DslFunctions.list_length(__s, (NativeWords.word(__s.heapWordsBase, ((it) << 2) + ((DslConstants.LIST_ITER_LIST_WORD) << 3))));
    }

    /**
     * {@code func list_iter_next}
     */
    static long list_iter_next(Registers __s, long it) {
        long list = (NativeWords.word(__s.heapWordsBase, ((it) << 2) + ((DslConstants.LIST_ITER_LIST_WORD) << 3)));
        long index = NativeWords.word(__s.heapWordsBase, ((it) << 2) + ((DslConstants.LIST_ITER_INDEX_WORD) << 3));
        if (index >= DslFunctions.list_length(__s, list)) {
            NativeWords.setWord(__s.heapWordsBase, ((it) << 2) + ((DslConstants.LIST_ITER_LIST_WORD) << 3), DslConstants.NULL_BITS);
            return (DslConstants.NULL_BITS);
        }
        NativeWords.setWord(__s.heapWordsBase, ((it) << 2) + ((DslConstants.LIST_ITER_INDEX_WORD) << 3), index + 1L);
        return DslFunctions.list_item(__s, list, index);
    }

    /**
     * {@code func list_length}
     */
    static long list_length(Registers __s, long list) {
        return NativeWords.word(__s.heapWordsBase, ((list) << 2) + ((DslConstants.LIST_LENGTH_WORD) << 3));
    }

    /**
     * {@code func list_store}
     */
    static void list_store(Registers __s, long list, long i, long v) {
        NativeWords.setWord(NativeWords.word(__s.heapWordsBase, ((list) << 2) + ((DslConstants.LIST_ITEMS_WORD) << 3)), ((i) << 3), (v));
    }

    /**
     * {@code func number_value}
     */
    static double number_value(Registers __s, long v) {
        if (((v) & DslConstants.SMALL_INT_TAG) != 0L) {
            return ((double) ((v) >> 1L));
        }
        return DslFunctions.float_value(__s, v);
    }

    /**
     * {@code func str_length}
     */
    static long str_length(Registers __s, long s) {
        return NativeWords.word(__s.heapWordsBase, ((s) << 2) + ((DslConstants.STR_LENGTH_WORD) << 3));
    }

    /**
     * {@code func tuple_item}
     */
    static long tuple_item(Registers __s, long tuple, long i) {
        return (NativeWords.word(NativeWords.word(__s.heapWordsBase, ((tuple) << 2) + ((DslConstants.TUPLE_ITEMS_WORD) << 3)), ((i) << 3)));
    }

    /**
     * {@code func tuple_iter_exhausted}
     */
    static boolean tuple_iter_exhausted(Registers __s, long it) {
        return NativeWords.word(__s.heapWordsBase, ((it) << 2) + ((DslConstants.TUPLE_ITER_INDEX_WORD) << 3)) >= DslFunctions.tuple_length(__s, (NativeWords.word(__s.heapWordsBase, ((it) << 2) + ((DslConstants.TUPLE_ITER_TUPLE_WORD) << 3))));
    }

    /**
     * {@code func tuple_iter_next}
     */
    static long tuple_iter_next(Registers __s, long it) {
        if (DslFunctions.tuple_iter_exhausted(__s, it)) {
            return (DslConstants.NULL_BITS);
        }
        long index = NativeWords.word(__s.heapWordsBase, ((it) << 2) + ((DslConstants.TUPLE_ITER_INDEX_WORD) << 3));
        NativeWords.setWord(__s.heapWordsBase, ((it) << 2) + ((DslConstants.TUPLE_ITER_INDEX_WORD) << 3), index + 1L);
        return DslFunctions.tuple_item(__s, (NativeWords.word(__s.heapWordsBase, ((it) << 2) + ((DslConstants.TUPLE_ITER_TUPLE_WORD) << 3))), index);
    }

    /**
     * {@code func tuple_length}
     */
    static long tuple_length(Registers __s, long tuple) {
        return NativeWords.word(__s.heapWordsBase, ((tuple) << 2) + ((DslConstants.TUPLE_LENGTH_WORD) << 3));
    }

    /**
     * {@code func type_version_of}
     */
    static long type_version_of(Registers __s, long v) {
        if (((v & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((v) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_INSTANCE) {
            return 0L;
        }
        return NativeWords.word(__s.heapWordsBase, (((NativeWords.word(__s.heapWordsBase, ((v) << 2) + ((DslConstants.INSTANCE_CLASS_WORD) << 3)))) << 2) + ((DslConstants.CLASS_VERSION_WORD) << 3));
    }

    /**
     * {@code func vm_namespace}
     */
    static long vm_namespace(Registers __s, long word) {
        return (DslFunctions.vm_word(__s, word));
    }

    /**
     * {@code func vm_word}
     */
    static long vm_word(Registers __s, long word) {
        return NativeWords.word(__s.heapWordsBase, (((DslConstants.VM_WORDS_HANDLE)) << 2) + ((word) << 3));
    }
}
