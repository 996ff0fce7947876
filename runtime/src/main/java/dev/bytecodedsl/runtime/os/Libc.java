package dev.bytecodedsl.runtime.os;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.bytecodedsl.kit.os.Mappings;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * The libc calls the Python VM makes besides page mappings (those are the kit's {@link Mappings}):
 * signals and isatty. Each downcall is linked when first called (one holder class per function),
 * so a program that never dies of a signal does not pay for linking it.
 */
public final class Libc {
    private static final class Signals {
        static final MethodHandle SIGNAL = Mappings.downcall("signal", FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS));
        static final MethodHandle RAISE = Mappings.downcall("raise", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    }

    private static final class Isatty {
        static final MethodHandle HANDLE = Mappings.downcall("isatty", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    }

    private Libc() {
    }

    /**
     * Resets {@code signal} to its default action and raises it: the process ends as if killed
     * by it (what CPython does after an uncaught KeyboardInterrupt). Returns only if the default
     * action does not end the process.
     */
    public static void dieOfSignal(int signal) {
        try {
            MemorySegment unused = (MemorySegment) Signals.SIGNAL.invokeExact(signal, MemorySegment.NULL); // SIG_DFL is 0
            int rc = (int) Signals.RAISE.invokeExact(signal);
        } catch (Throwable t) {
            throw Mappings.rethrow(t);
        }
    }

    /** Whether file descriptor {@code fd} is a terminal. */
    public static boolean isatty(int fd) {
        try {
            return (int) Isatty.HANDLE.invokeExact(fd) == 1;
        } catch (Throwable t) {
            throw Mappings.rethrow(t);
        }
    }
}
