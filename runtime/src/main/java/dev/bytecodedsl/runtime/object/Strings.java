package dev.bytecodedsl.runtime.object;

import java.util.HashMap;
import java.util.Map;

/**
 * str allocation and interning for one heap. Interned strings (names, identifiers, constants) and
 * the one-character strings of Latin-1 are pinned and shared, so indexing and iterating over
 * ASCII text allocates nothing.
 */
public final class Strings {
    private static final int CACHED_CODE_POINTS = 256;

    private final Heap heap;
    private final Map<String, Long> interned = new HashMap<>();
    private final long[] singleChars = new long[CACHED_CODE_POINTS];
    private final long empty;

    public Strings(Heap heap) {
        this.heap = heap;
        this.empty = intern("");
    }

    /** A new (not interned) str. */
    public long newStr(String s) {
        if (s.isEmpty()) {
            return empty;
        }
        if (s.length() == 1 && s.charAt(0) < CACHED_CODE_POINTS) {
            return ofCodePoint(s.charAt(0));
        }
        return heap.allocate(new PyStr(s));
    }

    /** {@code a + b}; long results share a growable buffer (see {@link PyStr#concat}). */
    public long concat(PyStr a, PyStr b) {
        if (a.chars() + b.chars() < PyStr.SHARED_BUFFER_MIN_CHARS) {
            return newStr(a.value().concat(b.value()));
        }
        return heap.allocate(a.concat(b));
    }

    /** The one interned, pinned str with this content. */
    public long intern(String s) {
        Long handle = interned.get(s);
        if (handle == null) {
            handle = heap.allocatePinned(new PyStr(s));
            interned.put(s, handle);
        }
        return handle;
    }

    /** The one-code-point string {@code chr(codePoint)}. */
    public long ofCodePoint(int codePoint) {
        if (codePoint < CACHED_CODE_POINTS) {
            long h = singleChars[codePoint];
            if (h == 0) {
                h = intern(String.valueOf((char) codePoint));
                singleChars[codePoint] = h;
            }
            return h;
        }
        return heap.allocate(new PyStr(new String(Character.toChars(codePoint))));
    }
}
