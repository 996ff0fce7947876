package dev.bytecodedsl.kit.jit;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * A compiled trace's exit link slots (docs/jit-abi.md, "Linked exits"): one 8-byte word per uop,
 * holding the entry address of the trace that uop's exit jumps to, or 0 to return to the runtime.
 * They live in read-write memory of their own, so the code mapping stays read+execute while links
 * change. The memory is freed when nothing refers to it any more (the code that reads it is
 * unmapped first).
 */
final class ExitLinks {
    private final MemorySegment slots;

    ExitLinks(int uops) {
        this.slots = Arena.ofAuto().allocate(JAVA_LONG, Math.max(1, uops));
    }

    /** The address of uop {@code index}'s slot (its {@code EXIT_LINK} hole). */
    long slotAddress(int index) {
        return slots.address() + index * JAVA_LONG.byteSize();
    }

    /** The address of slot 0. */
    long base() {
        return slots.address();
    }

    /** Uop {@code index}'s exit jumps to {@code entry} from now on (0: returns to the runtime). */
    void set(int index, long entry) {
        slots.setAtIndex(JAVA_LONG, index, entry);
    }

    long get(int index) {
        return slots.getAtIndex(JAVA_LONG, index);
    }
}
