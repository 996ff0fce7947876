package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.runtime.value.Values;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeapTest {
    private static Heap.Roots roots(long... values) {
        return mark -> {
            for (long v : values) {
                mark.accept(v);
            }
        };
    }

    private static PyList listOf(long... items) {
        return new PyList(items.clone(), items.length);
    }

    @Test
    void reachableObjectsSurviveAndUnreachableOnesAreFreed() {
        Heap heap = new Heap();
        long str = heap.allocate(new PyStr("kept"));
        long inner = heap.allocate(listOf(str, Values.smallInt(3)));
        long outer = heap.allocate(listOf(inner, Values.NONE));
        long garbage = heap.allocate(new PyStr("garbage"));
        long garbageList = heap.allocate(listOf(garbage));

        assertEquals(2, heap.collect(roots(outer)));
        assertTrue(heap.isLive(outer));
        assertTrue(heap.isLive(inner));
        assertTrue(heap.isLive(str));
        assertFalse(heap.isLive(garbage));
        assertFalse(heap.isLive(garbageList));
        assertEquals(3, heap.liveCount());
        assertEquals("kept", heap.str(str).value());
    }

    @Test
    void cyclesWithoutRootsAreFreed() {
        Heap heap = new Heap();
        PyList a = new PyList();
        long ha = heap.allocate(a);
        PyList b = new PyList();
        long hb = heap.allocate(b);
        a.append(hb);
        b.append(ha);
        assertEquals(2, heap.collect(roots()));
        assertEquals(0, heap.liveCount());
    }

    @Test
    void freedHandlesAreReusedDeterministically() {
        List<Long> first = new ArrayList<>();
        List<Long> second = new ArrayList<>();
        for (List<Long> run : List.of(first, second)) {
            Heap heap = new Heap();
            long[] handles = new long[10];
            for (int i = 0; i < handles.length; i++) {
                handles[i] = heap.allocate(new PyFloat(i));
            }
            heap.collect(roots(handles[0], handles[5], handles[9]));
            for (int i = 0; i < 7; i++) {
                run.add(heap.allocate(new PyFloat(-i)));
            }
            long fresh = heap.allocate(new PyFloat(100));
            assertEquals(Values.handleOfIndex(10), fresh, "the table grows only once the free list is empty");
        }
        assertEquals(first, second);
        for (long h : first) {
            int index = Values.handleIndex(h);
            assertTrue(index != 0 && index != 5 && index != 9 && index < 10, "a freed slot is reused");
        }
    }

    @Test
    void pinnedObjectsAndWhatTheyReferenceAreKept() {
        Heap heap = new Heap();
        long s = heap.allocate(new PyStr("x"));
        long pinned = heap.allocatePinned(listOf(s));
        long unpinnedLater = heap.allocatePinned(new PyStr("y"));
        heap.unpin(unpinnedLater);
        assertEquals(1, heap.collect(roots()));
        assertTrue(heap.isLive(pinned));
        assertTrue(heap.isLive(s));
        assertFalse(heap.isLive(unpinnedLater));
    }

    @Test
    void deepStructuresDoNotOverflowTheJavaStack() {
        Heap heap = new Heap();
        long head = Values.NONE;
        for (int i = 0; i < 200_000; i++) {
            head = heap.allocate(listOf(head));
        }
        assertEquals(0, heap.collect(roots(head)));
        assertEquals(200_000, heap.liveCount());
    }

    @Test
    void classesAndInstancesTraceTheirValues() {
        Heap heap = new Heap();
        KeyEquivalence identity = new KeyEquivalence() {
            @Override
            public int hash(long key) {
                return Long.hashCode(key);
            }

            @Override
            public boolean keysEqual(long a, long b) {
                return a == b;
            }
        };
        PyDict namespace = new PyDict(identity);
        long method = heap.allocate(new PyStr("method stand-in"));
        namespace.put(Values.smallInt(1), method);
        PyClass cls = PyClass.user("C", "__main__", Values.NULL, null, namespace);
        long classHandle = heap.allocate(cls);
        PyInstance inst = new PyInstance(classHandle, cls);
        long attr = heap.allocate(new PyFloat(1.5));
        inst.setSlot(cls.slotIndexForStore("x"), attr);
        long instHandle = heap.allocate(inst);

        assertEquals(0, heap.collect(roots(instHandle)));
        assertSame(cls, heap.get(classHandle));
        assertTrue(heap.isLive(method));
        assertTrue(heap.isLive(attr));
    }

    @Test
    void wantsCollectionAdaptsToTheLiveSize() {
        Heap heap = new Heap();
        List<Long> live = new ArrayList<>();
        while (!heap.wantsCollection()) {
            live.add(heap.allocate(new PyFloat(0)));
        }
        int threshold = heap.liveCount();
        long[] rootsArray = live.stream().mapToLong(Long::longValue).toArray();
        heap.collect(roots(rootsArray));
        assertFalse(heap.wantsCollection(), "everything survived: the next threshold is twice the live size");
        for (int i = 0; i < threshold - 1; i++) {
            heap.allocate(new PyFloat(1));
        }
        assertFalse(heap.wantsCollection());
        heap.allocate(new PyFloat(1));
        assertTrue(heap.wantsCollection());
        assertEquals(1, heap.collections());
    }

    @Test
    void signalsOnceWhenAnAllocationCrossesTheCollectionThreshold() {
        Heap heap = new Heap();
        int[] signals = {0};
        heap.onCollectionWanted(() -> signals[0]++);
        while (!heap.wantsCollection()) {
            assertEquals(0, signals[0]);
            heap.allocate(new PyFloat(1.5));
        }
        assertEquals(1, signals[0], "the eval breaker is raised by the allocation that crosses the threshold");
        heap.allocate(new PyFloat(2.5));
        assertEquals(1, signals[0]);
        heap.collect(mark -> { });
        assertFalse(heap.wantsCollection());
    }

    @Test
    void aBigLiveListBuysAllocationsInProportionToItsElements() {
        Heap heap = new Heap();
        long[] ints = new long[1_000_000];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = Values.smallInt(i);
        }
        long list = heap.allocate(listOf(ints));
        heap.collect(roots(list));
        for (int i = 0; i < 400_000; i++) {
            heap.allocate(new PyFloat(i));
        }
        assertFalse(heap.wantsCollection(),
                "marking a million elements is paid for by as many allocations, not one object's worth");
        for (int i = 0; i < 200_000; i++) {
            heap.allocate(new PyFloat(i));
        }
        assertTrue(heap.wantsCollection());
    }

    @Test
    void theTableHasRoomForMoreThanSixteenMillionObjects() {
        assertTrue(new HeapWords().capacity() > 1 << 24, "the fixed table of 2^24 objects is gone");
    }

    @Test
    void aFullTableIsAnOutOfMemoryErrorAndCollectionsComeBeforeIt() {
        Heap heap = new Heap(new HeapWords(1 << 20));
        int capacity = (1 << 20) - 1;
        List<Long> live = new ArrayList<>();
        for (int i = 0; i < capacity - 1000; i++) {
            live.add(heap.allocate(new PyFloat(i)));
        }
        heap.collect(roots(live.stream().mapToLong(Long::longValue).toArray()));
        for (int i = 0; i < 499; i++) {
            heap.allocate(new PyFloat(0));
        }
        assertFalse(heap.wantsCollection());
        heap.allocate(new PyFloat(0));
        assertTrue(heap.wantsCollection(), "with 1000 rows left, the heap asks for a collection after 500");
        OutOfMemoryError full = assertThrows(OutOfMemoryError.class, () -> {
            for (int i = 0; i <= 500; i++) {
                heap.allocate(new PyFloat(1));
            }
        });
        assertTrue(full.getMessage().startsWith("object heap full"), full.getMessage());
    }
}
