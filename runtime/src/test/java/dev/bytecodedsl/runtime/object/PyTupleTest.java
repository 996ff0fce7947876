package dev.bytecodedsl.runtime.object;

import static dev.bytecodedsl.generated.DslConstants.TUPLE_ITEMS_WORD;
import static dev.bytecodedsl.generated.DslConstants.TUPLE_ITER_INDEX_WORD;
import static dev.bytecodedsl.generated.DslConstants.TUPLE_ITER_TUPLE_WORD;
import static dev.bytecodedsl.generated.DslConstants.TUPLE_LENGTH_WORD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.kit.NativeWords;
import dev.bytecodedsl.runtime.value.Values;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * A tuple keeps its items in native memory and publishes their address and its length in its heap
 * words, where bytecodes.def's tuple_length and tuple_item read them; a tuple iterator steps its
 * own words (tuple_iter_exhausted, tuple_iter_next).
 */
class PyTupleTest {
    private static long[] ints(long... values) {
        return LongStream.of(values).map(Values::smallInt).toArray();
    }

    @Test
    void theHeapWordsHoldTheLengthAndTheItems() {
        Heap heap = new Heap();
        long handle = heap.allocate(new PyTuple(ints(1, 2, 3)));
        assertEquals(3, heap.words().get(handle, TUPLE_LENGTH_WORD));
        long items = heap.words().get(handle, TUPLE_ITEMS_WORD);
        assertEquals(Values.smallInt(3), NativeWords.slot(items, 2));
    }

    @Test
    void theItemsAreACopyTakenOnce() {
        long[] source = ints(1, 2);
        PyTuple tuple = new PyTuple(source);
        source[0] = Values.smallInt(9);
        long[] copy = tuple.toArray();
        copy[1] = Values.smallInt(9);
        assertArrayEquals(ints(1, 2), tuple.toArray());
    }

    @Test
    void theEmptyTupleOwnsNoMemory() {
        Heap heap = new Heap();
        long handle = heap.allocate(new PyTuple(new long[0]));
        assertEquals(0, heap.words().get(handle, TUPLE_LENGTH_WORD));
        assertEquals(0, heap.words().get(handle, TUPLE_ITEMS_WORD));
    }

    @Test
    void javaReadsAreBoundsChecked() {
        PyTuple tuple = new PyTuple(ints(1));
        assertThrows(IndexOutOfBoundsException.class, () -> tuple.get(1));
    }

    @Test
    void theIteratorStepsItsOwnWords() {
        Heap heap = new Heap();
        PyTuple tuple = new PyTuple(ints(5, 6));
        long tupleHandle = heap.allocate(tuple);
        PyTupleIter it = new PyTupleIter(tupleHandle, tuple);
        long itHandle = heap.allocate(it);
        assertEquals(tupleHandle, heap.words().get(itHandle, TUPLE_ITER_TUPLE_WORD));

        assertEquals(Values.smallInt(5), it.next(null));
        assertEquals(1, heap.words().get(itHandle, TUPLE_ITER_INDEX_WORD));
        // what tuple_iter_next does in native code: the Java side sees the step
        heap.words().set(itHandle, TUPLE_ITER_INDEX_WORD, 2);
        assertTrue(it.exhausted());
        assertEquals(Values.NULL, it.next(null));
        heap.words().set(itHandle, TUPLE_ITER_INDEX_WORD, 1);
        assertFalse(it.exhausted());
    }

    @Test
    void theCollectorFreesTheItemsOfADeadTuple() {
        Heap heap = new Heap();
        PyTuple dead = new PyTuple(ints(1, 2, 3));
        long deadHandle = heap.allocate(dead);
        PyTuple live = new PyTuple(ints(4, 5));
        long liveHandle = heap.allocate(live);

        assertEquals(1, heap.collect(mark -> mark.accept(liveHandle)));
        // released: empty, and its old row is cleared
        assertEquals(0, dead.size());
        assertEquals(0, heap.words().get(deadHandle, TUPLE_ITEMS_WORD));
        assertArrayEquals(ints(4, 5), live.toArray());
        assertNotEquals(0, heap.words().get(liveHandle, TUPLE_ITEMS_WORD));
    }
}
