package dev.bytecodedsl.kit.jit;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Helper upcalls from machine code, per helper. Counting is put into the upcall's method handle
 * when its stub is made ({@link #counting}), and only when the VM counts statistics: without them
 * the stubs call the adapters directly and nothing is counted on any path.
 */
public final class UpcallCounts {
    private static final MethodHandle COUNT;

    static {
        try {
            COUNT = MethodHandles.lookup().findVirtual(Helper.class, "count", MethodType.methodType(void.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Map<String, Helper> helpers = new TreeMap<>();

    /** One helper's count. */
    private static final class Helper {
        final boolean escaping;
        long calls;

        Helper(boolean escaping) {
            this.escaping = escaping;
        }

        @SuppressWarnings("unused") // through COUNT
        void count() {
            calls++;
        }
    }

    /** One helper's calls. */
    public record Calls(String helper, boolean escaping, long calls) {
    }

    /** {@code target} (an adapter), counting each call as one of helper {@code name}'s. */
    MethodHandle counting(String name, boolean escaping, MethodHandle target) {
        Helper helper = helpers.computeIfAbsent(name, n -> new Helper(escaping));
        return MethodHandles.foldArguments(target, COUNT.bindTo(helper));
    }

    /** Every upcall. */
    public long total() {
        return helpers.values().stream().mapToLong(h -> h.calls).sum();
    }

    /** Upcalls to helpers that may leave the frame or raise (they apply the saved state first). */
    public long escaping() {
        return helpers.values().stream().filter(h -> h.escaping).mapToLong(h -> h.calls).sum();
    }

    /** The helpers called at least once, most calls first (then by name). */
    public List<Calls> byHelper() {
        List<Calls> out = new ArrayList<>();
        helpers.forEach((name, h) -> {
            if (h.calls > 0) {
                out.add(new Calls(name, h.escaping, h.calls));
            }
        });
        out.sort(Comparator.comparingLong(Calls::calls).reversed());
        return out;
    }
}
