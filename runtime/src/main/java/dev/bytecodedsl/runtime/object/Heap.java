package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.runtime.value.Values;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.LongConsumer;

/**
 * The object table the Java side owns: a handle word {@code (index + 1) << 3} names
 * {@code objects[index]}. Freed slots go on a free list and are reused, so a handle is only valid
 * while its object is reachable.
 *
 * <p>Memory is reclaimed by a stop-the-world mark-sweep collector that the VM runs at safe points
 * ({@link #wantsCollection()} then {@link #collect(Roots)}): never inside an operation, so Java code
 * may hold Values in locals without rooting them. Marking starts from the VM's {@link Roots} and the
 * pinned handles, and follows {@link PyObject#traceValues}. Collection is deterministic: the same
 * allocation sequence and roots always free the same slots and reuse them in the same order.
 */
public final class Heap {
    /** Everything the VM keeps alive: frames, globals, builtins, pending exceptions, caches. */
    @FunctionalInterface
    public interface Roots {
        /** Passes every root Value to {@code mark}; non-handle words are ignored. */
        void visit(LongConsumer mark);
    }

    private static final int INITIAL_CAPACITY = 1024;
    /** The heap never asks for a collection before this many allocations. */
    private static final int MIN_ALLOCATION_BUDGET = 4096;

    private PyObject[] objects = new PyObject[INITIAL_CAPACITY];
    private final HeapWords words;
    /** Slots in use or freed ever; indices at or above it were never used. */
    private int highWater;
    /** Freed indices, used as a stack. */
    private int[] freeList = new int[64];
    private int freeCount;
    private int liveCount;
    /** Allocations since the last collection, and how many the heap allows before it asks for one. */
    private long allocated;
    private long allocationBudget = MIN_ALLOCATION_BUDGET;
    private final BitSet pinned = new BitSet();
    private int collections;
    private Runnable collectionWanted = () -> { };

    public Heap() {
        this(new HeapWords());
    }

    /** A heap over {@code words} (tests give it a small table to reach its end). */
    Heap(HeapWords words) {
        this.words = words;
    }

    /** Stores {@code object} in a free slot and returns its handle. */
    public long allocate(PyObject object) {
        int index;
        if (freeCount > 0) {
            index = freeList[--freeCount];
        } else {
            if (highWater == words.capacity()) {
                // The VM reports it as Python's MemoryError, like the Java heap running out.
                throw new OutOfMemoryError("object heap full: " + highWater + " live objects");
            }
            if (highWater == objects.length) {
                objects = Arrays.copyOf(objects, objects.length * 2);
            }
            index = highWater++;
        }
        objects[index] = object;
        long handle = Values.handleOfIndex(index);
        words.set(handle, 0, object.typeTag());
        object.publishWords(words, handle);
        liveCount++;
        if (++allocated == allocationBudget) {
            collectionWanted.run();
        }
        return handle;
    }

    /** The objects' native words, which instruction bodies and JIT-compiled code read directly. */
    public HeapWords words() {
        return words;
    }

    /**
     * The object a handle names (the handle must be live), or a fresh {@link PyFloat} for an
     * immediate float, which has no row: so code that asks for objects sees every float as one.
     */
    public PyObject get(long handle) {
        if (Values.isFloat(handle)) {
            return new PyFloat(Values.floatValue(handle));
        }
        return objects[Values.handleIndex(handle)];
    }

    /** Whether {@code v} is a handle of a live object (for assertions and tests). */
    public boolean isLive(long v) {
        if (!Values.isHandle(v)) {
            return false;
        }
        int index = Values.handleIndex(v);
        return index >= 0 && index < highWater && objects[index] != null;
    }

    // ---- typed getters: the caller has checked the type tag; a wrong type is a VM bug (ClassCastException)

    public PyStr str(long handle) {
        return (PyStr) get(handle);
    }

    /** The value of a float, immediate or boxed (the caller has checked the type). */
    public double floatValue(long v) {
        return Values.isFloat(v) ? Values.floatValue(v) : ((PyFloat) get(v)).value();
    }

    public PyBigInt bigInt(long handle) {
        return (PyBigInt) get(handle);
    }

    public PyList list(long handle) {
        return (PyList) get(handle);
    }

    public PyTuple tuple(long handle) {
        return (PyTuple) get(handle);
    }

    public PyDict dict(long handle) {
        return (PyDict) get(handle);
    }

    public PyClass pyClass(long handle) {
        return (PyClass) get(handle);
    }

    public PyInstance instance(long handle) {
        return (PyInstance) get(handle);
    }

    public PyRangeIter rangeIter(long handle) {
        return (PyRangeIter) get(handle);
    }

    // ---- pinning

    /** Keeps {@code handle}'s object alive forever (interned strings, builtins, constants). */
    public void pin(long handle) {
        pinned.set(Values.handleIndex(handle));
    }

    public void unpin(long handle) {
        pinned.clear(Values.handleIndex(handle));
    }

    /** Allocates and pins in one step. */
    public long allocatePinned(PyObject object) {
        long handle = allocate(object);
        pin(handle);
        return handle;
    }

    // ---- collection

    public int liveCount() {
        return liveCount;
    }

    public int collections() {
        return collections;
    }

    /**
     * True once the allocations since the last collection match that collection's work: the values
     * it marked through (every element of every live list counts, not just objects) and the slots it
     * swept (at least {@value #MIN_ALLOCATION_BUDGET}). So a collection costs a constant per
     * allocation however big the live containers are; pacing on the object count alone made a
     * program holding one list of millions of unboxed ints collect every few thousand allocations,
     * each time marking the whole list (quadratic).
     */
    public boolean wantsCollection() {
        return allocated >= allocationBudget;
    }

    /**
     * Runs {@code signal} when an allocation makes {@link #wantsCollection()} true, so the VM can
     * raise its eval breaker (a native word that JIT-compiled traces poll) instead of asking.
     */
    public void onCollectionWanted(Runnable signal) {
        this.collectionWanted = signal;
    }

    /**
     * Frees every object not reachable from {@code roots} or a pinned handle and returns how many
     * were freed. Freed slots are pushed in ascending index order, so the next allocations reuse
     * the highest freed index first.
     */
    public int collect(Roots roots) {
        BitSet marked = new BitSet(highWater);
        Marker marker = new Marker(marked);
        for (int i = pinned.nextSetBit(0); i >= 0; i = pinned.nextSetBit(i + 1)) {
            marker.accept(Values.handleOfIndex(i));
        }
        roots.visit(marker);
        marker.drain();
        int freed = 0;
        for (int i = 0; i < highWater; i++) {
            if (objects[i] != null && !marked.get(i)) {
                objects[i].release();
                objects[i] = null;
                words.clear(Values.handleOfIndex(i));
                pushFree(i);
                freed++;
            }
        }
        liveCount -= freed;
        allocated = 0;
        long budget = Math.max(MIN_ALLOCATION_BUDGET, Math.max(liveCount, marker.valuesSeen / 2 + highWater / 4));
        // Near the table's end, collect while half the free rows are left rather than run out of them.
        long free = freeCount + (long) words.capacity() - highWater;
        allocationBudget = Math.max(1, Math.min(budget, free / 2));
        collections++;
        return freed;
    }

    private void pushFree(int index) {
        if (freeCount == freeList.length) {
            freeList = Arrays.copyOf(freeList, freeList.length * 2);
        }
        freeList[freeCount++] = index;
    }

    /** Marks with an explicit stack: deep structures (long linked lists) must not overflow Java's. */
    private final class Marker implements LongConsumer {
        private final BitSet marked;
        private int[] stack = new int[256];
        private int depth;
        /** Every value marking looked at, handle or not: the marking work. */
        long valuesSeen;

        Marker(BitSet marked) {
            this.marked = marked;
        }

        @Override
        public void accept(long value) {
            valuesSeen++;
            if (!Values.isHandle(value)) {
                return;
            }
            int index = Values.handleIndex(value);
            if (index >= highWater || objects[index] == null || marked.get(index)) {
                return;
            }
            marked.set(index);
            if (depth == stack.length) {
                stack = Arrays.copyOf(stack, depth * 2);
            }
            stack[depth++] = index;
        }

        void drain() {
            while (depth > 0) {
                objects[stack[--depth]].traceValues(this);
            }
        }
    }
}
