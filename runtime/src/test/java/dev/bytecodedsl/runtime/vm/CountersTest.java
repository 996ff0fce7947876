package dev.bytecodedsl.runtime.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** CPython 3.13's adaptive counter arithmetic. */
class CountersTest {
    @Test
    void warmupTriggersAfterOneAdvance() {
        assertFalse(Counters.triggers(Counters.WARMUP));
        assertTrue(Counters.triggers(Counters.advance(Counters.WARMUP)));
    }

    @Test
    void cooldownIs52() {
        assertEquals(52 << 4, Counters.COOLDOWN);
    }

    @Test
    void backoffGrowsExponentiallyUpTo12() {
        char c = Counters.backoff(Counters.advance(Counters.WARMUP)); // backoff 1 -> 2: value 3
        assertEquals((3 << 4) | 2, c);
        for (int i = 0; i < 20; i++) {
            c = Counters.backoff(c);
        }
        assertEquals((4095 << 4) | 12, c);
    }
}
