package dev.bytecodedsl.runtime.object;

import static dev.bytecodedsl.generated.DslConstants.LIST_CAPACITY_WORD;
import static dev.bytecodedsl.generated.DslConstants.LIST_ITEMS_WORD;
import static dev.bytecodedsl.generated.DslConstants.LIST_LENGTH_WORD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.kit.NativeWords;
import dev.bytecodedsl.runtime.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * A list keeps its items in native memory and publishes their address, its capacity and its length
 * in its heap words, where bytecodes.def's list_length, list_item, list_store and
 * list_append_in_place read and write them.
 */
class PyListTest {
    private static long[] ints(long... values) {
        return LongStream.of(values).map(Values::smallInt).toArray();
    }

    private static PyList listOf(long... values) {
        long[] items = ints(values);
        return new PyList(items, items.length);
    }

    @Test
    void appendGrowsAndKeepsEveryItem() {
        PyList list = new PyList();
        for (int i = 0; i < 10_000; i++) {
            list.append(Values.smallInt(i));
        }
        assertEquals(10_000, list.size());
        for (int i = 0; i < 10_000; i++) {
            assertEquals(Values.smallInt(i), list.get(i));
        }
    }

    @Test
    void anEmptyListOwnsNoMemory() {
        Heap heap = new Heap();
        long handle = heap.allocate(new PyList());
        assertEquals(0, heap.words().get(handle, LIST_LENGTH_WORD));
        assertEquals(0, heap.words().get(handle, LIST_ITEMS_WORD));
    }

    @Test
    void anAppendInPlaceThroughTheWordsIsTheListsLengthAndIsTraced() {
        Heap heap = new Heap();
        PyList list = listOf(1, 2, 3);
        long handle = heap.allocate(list);
        HeapWords words = heap.words();
        long capacity = words.get(handle, LIST_CAPACITY_WORD);
        assertTrue(capacity > 3, "room for list_append_in_place");
        // what bytecodes.def's list_append_in_place does: the item first, then the length
        NativeWords.setSlot(words.get(handle, LIST_ITEMS_WORD), 3, Values.smallInt(4));
        words.set(handle, LIST_LENGTH_WORD, 4);

        assertEquals(4, list.size());
        assertEquals(Values.smallInt(4), list.get(3));
        List<Long> traced = new ArrayList<>();
        list.traceValues(traced::add);
        assertEquals(LongStream.of(ints(1, 2, 3, 4)).boxed().toList(), traced);
        list.append(Values.smallInt(5));
        assertEquals(5, words.get(handle, LIST_LENGTH_WORD));
    }

    @Test
    void theHeapWordsFollowTheLengthAndTheItemsWhenTheyMove() {
        Heap heap = new Heap();
        PyList list = listOf(1, 2, 3);
        long handle = heap.allocate(list);
        HeapWords words = heap.words();
        assertEquals(3, words.get(handle, LIST_LENGTH_WORD));
        long before = words.get(handle, LIST_ITEMS_WORD);
        assertEquals(Values.smallInt(2), NativeWords.slot(before, 1));

        for (int i = 0; i < 1000; i++) {
            list.append(Values.smallInt(i));
        }
        assertEquals(1003, words.get(handle, LIST_LENGTH_WORD));
        long after = words.get(handle, LIST_ITEMS_WORD);
        assertEquals(Values.smallInt(999), NativeWords.slot(after, 1002));

        // what list_store does: the Java side sees the native store
        NativeWords.setSlot(after, 0, Values.smallInt(42));
        assertEquals(Values.smallInt(42), list.get(0));

        list.clear();
        assertEquals(0, words.get(handle, LIST_LENGTH_WORD));
        assertEquals(0, words.get(handle, LIST_ITEMS_WORD));
    }

    @Test
    void insertRemoveAndReplaceRangeShiftTheItems() {
        PyList list = listOf(1, 2, 3, 4, 5);
        list.insert(0, Values.smallInt(0));
        list.insert(6, Values.smallInt(6));
        assertArrayEquals(ints(0, 1, 2, 3, 4, 5, 6), list.toArray());
        assertEquals(Values.smallInt(3), list.remove(3));
        assertArrayEquals(ints(0, 1, 2, 4, 5, 6), list.toArray());
        list.replaceRange(1, 3, ints(7, 8, 9), 3);   // longer
        assertArrayEquals(ints(0, 7, 8, 9, 4, 5, 6), list.toArray());
        list.replaceRange(0, 5, ints(), 0);          // shorter
        assertArrayEquals(ints(5, 6), list.toArray());
        list.reverse();
        assertArrayEquals(ints(6, 5), list.toArray());
    }

    @Test
    void setAllReplacesTheContentsWithACopy() {
        PyList list = listOf(3, 1, 2);
        long[] sorted = ints(1, 2, 3, 4);
        list.setAll(sorted, 4);
        sorted[0] = Values.smallInt(9);
        assertArrayEquals(ints(1, 2, 3, 4), list.toArray());
    }

    @Test
    void javaReadsAreBoundsChecked() {
        PyList list = listOf(1, 2);
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(2));
        assertThrows(IndexOutOfBoundsException.class, () -> list.set(-1, 0));
    }

    @Test
    void theCollectorFreesTheItemsOfADeadList() {
        Heap heap = new Heap();
        PyList dead = listOf(1, 2, 3);
        long deadHandle = heap.allocate(dead);
        PyList live = listOf(4, 5);
        long liveHandle = heap.allocate(live);

        assertEquals(1, heap.collect(mark -> mark.accept(liveHandle)));
        // released: empty, and its old row is the heap's again (cleared), not written by the list
        assertEquals(0, dead.size());
        assertEquals(0, heap.words().get(deadHandle, LIST_ITEMS_WORD));
        dead.append(Values.smallInt(7));
        assertEquals(0, heap.words().get(deadHandle, LIST_LENGTH_WORD));
        assertArrayEquals(ints(4, 5), live.toArray());
        assertNotEquals(0, heap.words().get(liveHandle, LIST_ITEMS_WORD));
    }
}
