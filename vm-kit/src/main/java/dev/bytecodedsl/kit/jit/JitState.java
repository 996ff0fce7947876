package dev.bytecodedsl.kit.jit;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * The native {@code JitState} struct of docs/jit-abi.md, one per interpreter: stencils store the
 * stack pointer, instruction offset and uop index there before they return or call an escaping
 * helper; the VM fills in the eval-breaker word's address, the value stack's base and the heap's
 * words. Stack pointers cross the boundary as addresses; this class turns them into slot indexes.
 *
 * <p>{@link Field} is the layout's one declaration: the stencil extractor writes the C struct of
 * every stencil from it, and the offsets below (and the generated helper adapters, through
 * {@link HelperUpcalls}) read it.
 */
public final class JitState {
    /** The struct's fields in order, each one 8-byte word: its C type and name. */
    public enum Field {
        /** Stack pointer, saved before escaping helpers and on leaving. */
        SP("Value *", "sp"),
        /** Tier-1 instruction offset saved with sp (the uop's target). */
        IP("int64_t ", "ip"),
        /** Trace position of the uop that left the trace. */
        UOP_INDEX("int64_t ", "uop_index"),
        /** Nonzero while the eval breaker is pending. */
        EVAL_BREAKER("volatile int64_t *", "eval_breaker"),
        /** Address of slot 0 of the value-stack segment. */
        STACK_BASE("Value *", "stack_base"),
        /** The heap objects' native words (heap_type, heap_word); never moves. */
        HEAP_WORDS("int64_t *", "heap_words"),
        /**
         * How often the trace's loop close ran; only the loop counter stencil, laid out before the
         * loop close when the VM counts statistics, adds to it (so machine code counts no uops).
         */
        LOOP_CLOSES("int64_t ", "loop_closes"),
        /**
         * The current frame's local 0, stored (with sp) after every escaping helper: what a stencil's
         * RELOAD_FRAME continues with after its helper switched frames.
         */
        LOCALS("Value *", "locals"),
        /**
         * The trace that left (its id), stored with sp on leaving: after linked exits it need not be
         * the trace the runtime entered, which stores that one's id before each entry.
         */
        TRACE_ID("int64_t ", "trace_id");

        private final String cType;
        private final String cName;

        Field(String cType, String cName) {
            this.cType = cType;
            this.cName = cName;
        }

        /** Byte offset in the struct. */
        public long offset() {
            return ordinal() * 8L;
        }

        /** The member's C declaration, e.g. {@code Value *sp;}. */
        public String cDeclaration() {
            return cType + cName + ";";
        }

        public String cName() {
            return cName;
        }
    }

    static final long SP = Field.SP.offset();
    static final long IP = Field.IP.offset();
    static final long UOP_INDEX = Field.UOP_INDEX.offset();
    static final long EVAL_BREAKER = Field.EVAL_BREAKER.offset();
    static final long STACK_BASE = Field.STACK_BASE.offset();
    static final long HEAP_WORDS = Field.HEAP_WORDS.offset();
    static final long LOOP_CLOSES = Field.LOOP_CLOSES.offset();
    static final long LOCALS = Field.LOCALS.offset();
    static final long TRACE_ID = Field.TRACE_ID.offset();
    /** The struct's size in bytes. */
    public static final long SIZE = Field.values().length * 8L;

    private final MemorySegment struct;
    private final long stackBase;

    /**
     * @param stack       the thread's value stack (slot 0 at its base)
     * @param evalBreaker the eval-breaker word, nonzero while pending; null for a VM without one
     *                    (a word that stays zero is allocated)
     * @param heapWords   the heap objects' native words (never moves), or {@link MemorySegment#NULL}
     */
    public JitState(Arena arena, MemorySegment stack, MemorySegment evalBreaker, MemorySegment heapWords) {
        this.struct = arena.allocate(SIZE, 8);
        this.stackBase = stack.address();
        struct.set(ADDRESS, EVAL_BREAKER, evalBreaker != null ? evalBreaker : arena.allocate(JAVA_LONG));
        struct.set(JAVA_LONG, STACK_BASE, stackBase);
        struct.set(ADDRESS, HEAP_WORDS, heapWords);
    }

    public MemorySegment segment() {
        return struct;
    }

    /** The address of value-stack slot {@code slot}. */
    public long slotAddress(int slot) {
        return stackBase + ((long) slot << 3);
    }

    /** The slot index of a value-stack address. */
    public int slotOf(long address) {
        return (int) ((address - stackBase) >> 3);
    }

    /** The stack pointer the last stencil stored, as a slot index. */
    public int savedSp() {
        return slotOf(struct.get(JAVA_LONG, SP));
    }

    /** The trace position of the uop that left the trace. */
    public int uopIndex() {
        return (int) struct.get(JAVA_LONG, UOP_INDEX);
    }

    /** Takes the loop closes counted since the last call (the loop counter stencil's word) and clears them. */
    long takeLoopCloses() {
        long closes = struct.get(JAVA_LONG, LOOP_CLOSES);
        struct.set(JAVA_LONG, LOOP_CLOSES, 0);
        return closes;
    }

    /** The id of the trace that left; set to the entered trace's before an entry. */
    int traceId() {
        return (int) struct.get(JAVA_LONG, TRACE_ID);
    }

    void setTraceId(int id) {
        struct.set(JAVA_LONG, TRACE_ID, id);
    }

    public int savedIp() {
        return (int) struct.get(JAVA_LONG, IP);
    }
}
