package dev.bytecodedsl.runtime.vm;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * Values Java code holds across a nested interpreter invocation (where a collection may run), e.g.
 * the instance whose __init__ is running. Pushed and popped in LIFO order.
 */
final class TempRoots {
    private long[] values = new long[16];
    private int size;

    void push(long v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    void pop() {
        size--;
    }

    void visit(LongConsumer mark) {
        for (int i = 0; i < size; i++) {
            mark.accept(values[i]);
        }
    }
}
