package dev.bytecodedsl.runtime.ops;

/**
 * A slice resolved against a sequence length (CPython's PySlice_AdjustIndices): the selected
 * indices are {@code start + i * step} for {@code 0 <= i < length}.
 */
public record SliceBounds(int start, int stop, int step, int length) {
    /** The i-th selected index. */
    public int index(int i) {
        return start + i * step;
    }

    /**
     * Resolves raw slice bounds (already clamped to int range, step != 0) for a sequence of
     * {@code size} items; {@code hasStart}/{@code hasStop} are false for None bounds.
     */
    public static SliceBounds resolve(long start, boolean hasStart, long stop, boolean hasStop, long step, int size) {
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? size - 1 : size;
        long s = !hasStart ? (step < 0 ? upper : lower) : clamp(start, size, lower, upper);
        long e = !hasStop ? (step < 0 ? lower : upper) : clamp(stop, size, lower, upper);
        long length;
        if (step > 0) {
            length = s < e ? (e - s - 1) / step + 1 : 0;
        } else {
            length = e < s ? (s - e - 1) / (-step) + 1 : 0;
        }
        return new SliceBounds((int) s, (int) e, (int) step, (int) length);
    }

    private static long clamp(long index, int size, long lower, long upper) {
        if (index < 0) {
            index += size;
            return index < lower ? lower : index;
        }
        return index > upper ? upper : index;
    }
}
