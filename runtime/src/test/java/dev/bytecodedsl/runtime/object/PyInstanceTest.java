package dev.bytecodedsl.runtime.object;

import static dev.bytecodedsl.generated.DslConstants.CLASS_VERSION_WORD;
import static dev.bytecodedsl.generated.DslConstants.INSTANCE_CLASS_WORD;
import static dev.bytecodedsl.generated.DslConstants.INSTANCE_SLOTS_WORD;
import static dev.bytecodedsl.generated.DslConstants.INSTANCE_SLOT_COUNT_WORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.bytecodedsl.kit.NativeWords;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.value.Values;
import org.junit.jupiter.api.Test;

/**
 * An instance keeps its attribute slots in native memory and publishes its class, their address
 * and their count in its heap words; a class publishes its version. bytecodes.def's
 * type_version_of, instance_slot and instance_store read and write them there.
 */
class PyInstanceTest {
    private final ObjectSpace space = new ObjectSpace();
    private final Heap heap = space.heap();
    private final HeapWords words = heap.words();

    private long userClass(String name, long base) {
        PyClass baseClass = base == Values.NULL ? null : heap.pyClass(base);
        return heap.allocate(PyClass.user(name, "__main__", base, baseClass, space.newDictObject()));
    }

    @Test
    void anInstancePublishesItsClassAndItsSlots() {
        long cls = userClass("Point", Values.NULL);
        PyClass c = heap.pyClass(cls);
        c.slotIndexForStore("x");
        c.slotIndexForStore("y");
        long p = space.newInstance(cls, new long[0], 0);
        PyInstance inst = heap.instance(p);
        inst.setSlot(1, Values.smallInt(7));

        assertEquals(cls, words.get(p, INSTANCE_CLASS_WORD));
        assertEquals(2, words.get(p, INSTANCE_SLOT_COUNT_WORD));
        long slots = words.get(p, INSTANCE_SLOTS_WORD);
        assertEquals(Values.NULL, NativeWords.slot(slots, 0), "unset");
        assertEquals(Values.smallInt(7), NativeWords.slot(slots, 1));
        // what instance_store does: the Java side sees the native store
        NativeWords.setSlot(slots, 0, Values.smallInt(3));
        assertEquals(Values.smallInt(3), inst.slot(0));
    }

    @Test
    void aStorePastTheSlotCountGrowsTheSlotsAndRepublishesThem() {
        long cls = userClass("Late", Values.NULL);
        long p = space.newInstance(cls, new long[0], 0);
        assertEquals(0, words.get(p, INSTANCE_SLOT_COUNT_WORD), "no layout yet: no slots");
        assertEquals(0, words.get(p, INSTANCE_SLOTS_WORD));

        int index = heap.pyClass(cls).slotIndexForStore("x");
        heap.instance(p).setSlot(index, Values.TRUE);
        assertEquals(1, words.get(p, INSTANCE_SLOT_COUNT_WORD));
        assertEquals(Values.TRUE, NativeWords.slot(words.get(p, INSTANCE_SLOTS_WORD), index));
    }

    @Test
    void theClassVersionWordFollowsChangesToTheClassAndItsBases() {
        long base = userClass("Base", Values.NULL);
        long sub = userClass("Sub", base);
        PyClass b = heap.pyClass(base);
        PyClass s = heap.pyClass(sub);
        assertEquals(s.version(), words.get(sub, CLASS_VERSION_WORD));

        b.setAttribute(space.strings().intern("k"), Values.NONE);
        assertEquals(b.version(), words.get(base, CLASS_VERSION_WORD));
        assertEquals(s.version(), words.get(sub, CLASS_VERSION_WORD), "a base's change invalidates its subclasses");
        long before = s.version();
        s.slotIndexForStore("z");
        assertNotEquals(before, words.get(sub, CLASS_VERSION_WORD), "the layout grew");
        assertEquals(s.version(), words.get(sub, CLASS_VERSION_WORD));
    }

    @Test
    void anExceptionInstanceIsAnInstanceToo() {
        long cls = userClass("Base", Values.NULL);
        heap.pyClass(cls).slotIndexForStore("code");
        long e = heap.allocate(new PyExceptionInstance(cls, heap.pyClass(cls), space.newTuple()));
        heap.instance(e).setSlot(0, Values.smallInt(2));
        assertEquals(cls, words.get(e, INSTANCE_CLASS_WORD));
        assertEquals(Values.smallInt(2), NativeWords.slot(words.get(e, INSTANCE_SLOTS_WORD), 0));
    }

    @Test
    void theCollectorFreesTheSlotsOfADeadInstanceAndItsRowIsNotWrittenAgain() {
        long cls = userClass("Point", Values.NULL);
        heap.pyClass(cls).slotIndexForStore("x");
        long p = space.newInstance(cls, new long[0], 0);
        PyInstance dead = heap.instance(p);
        dead.setSlot(0, Values.smallInt(1));

        heap.collect(mark -> mark.accept(cls));
        assertEquals(Values.NULL, dead.slot(0));
        assertEquals(0, words.get(p, INSTANCE_SLOTS_WORD));
        dead.setSlot(3, Values.smallInt(1));
        assertEquals(0, words.get(p, INSTANCE_SLOT_COUNT_WORD), "a released instance publishes nothing");
    }
}
