package dev.bytecodedsl.kit.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Upcall counting is put around the adapter's handle; the adapter itself runs as before. */
class UpcallCountsTest {
    static long twice(long x) {
        return 2 * x;
    }

    private static MethodHandle twice() throws ReflectiveOperationException {
        return MethodHandles.lookup().findStatic(UpcallCountsTest.class, "twice",
                MethodType.methodType(long.class, long.class));
    }

    @Test
    void countsEachCallPerHelperAndKeepsTheResult() throws Throwable {
        UpcallCounts counts = new UpcallCounts();
        MethodHandle tag = counts.counting("type_tag", false, twice());
        MethodHandle op = counts.counting("binary_op", true, twice());
        assertEquals(14L, (long) tag.invokeExact(7L));
        for (int i = 0; i < 3; i++) {
            long ignored = (long) op.invokeExact((long) i);
        }
        assertEquals(4, counts.total());
        assertEquals(3, counts.escaping());
        assertEquals(List.of(new UpcallCounts.Calls("binary_op", true, 3), new UpcallCounts.Calls("type_tag", false, 1)),
                counts.byHelper());
    }

    @Test
    void helpersNeverCalledAreNotListed() {
        UpcallCounts counts = new UpcallCounts();
        counts.counting("list_item", false, MethodHandles.constant(long.class, 0L));
        assertEquals(List.of(), counts.byHelper());
        assertEquals(0, counts.total());
    }
}
