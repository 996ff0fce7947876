package dev.bytecodedsl.runtime.builtins;

import dev.bytecodedsl.runtime.ops.Comparisons;

/**
 * A stable merge sort of Values using only Python's {@code <}, as list.sort does. Comparisons may
 * raise (TypeError for unorderable items); the input array is then left partially sorted, which
 * CPython also allows.
 */
final class Sorting {
    private Sorting() {
    }

    /** Sorts items[0..n) in place; {@code reverse} keeps equal items in their original order. */
    static void sort(long[] items, int n, boolean reverse, Comparisons comparisons) {
        if (reverse) {
            reverse(items, n); // reverse, stable sort, reverse: stability for equal keys, as CPython
        }
        long[] buffer = new long[n];
        mergeSort(items, buffer, 0, n, comparisons);
        if (reverse) {
            reverse(items, n);
        }
    }

    private static void mergeSort(long[] a, long[] buffer, int from, int to, Comparisons comparisons) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, buffer, from, mid, comparisons);
        mergeSort(a, buffer, mid, to, comparisons);
        if (!comparisons.lessThan(a[mid], a[mid - 1])) {
            return; // already in order
        }
        System.arraycopy(a, from, buffer, from, to - from);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            // take from the right only when strictly smaller: equal items keep their order
            a[k++] = comparisons.lessThan(buffer[j], buffer[i]) ? buffer[j++] : buffer[i++];
        }
        while (i < mid) {
            a[k++] = buffer[i++];
        }
        while (j < to) {
            a[k++] = buffer[j++];
        }
    }

    private static void reverse(long[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            long t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
