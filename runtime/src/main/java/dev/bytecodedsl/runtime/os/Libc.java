package dev.bytecodedsl.runtime.os;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * The libc calls the VM needs (the JIT's executable memory, the heap's native words, signals and
 * terminals), as FFM downcalls. Constants are Linux's (the only host the JIT runs on; other hosts fail
 * in {@link #requireLinux} with a clear message).
 */
@SuppressWarnings("restricted") // the point of this class: native code through FFM
public final class Libc {
    public static final int PROT_READ = 1;
    public static final int PROT_WRITE = 2;
    public static final int PROT_EXEC = 4;
    private static final int MAP_PRIVATE = 0x02;
    private static final int MAP_ANONYMOUS = 0x20;
    /** Fault the pages in up front, so copying into them later takes no page faults. */
    private static final int MAP_POPULATE = 0x8000;
    /** Address space only: pages are committed when first touched. */
    private static final int MAP_NORESERVE = 0x4000;
    private static final int SC_PAGESIZE = 30;
    private static final long MAP_FAILED = -1L;

    private static final Linker LINKER = Linker.nativeLinker();

    // One holder class per function: a downcall is linked (a stub class spun, which the AOT cache
    // does not keep) when first called, so a program that never maps executable memory or dies of
    // a signal pays only for the calls it makes (an empty program: mmap and isatty).
    private static final class Mmap {
        static final MethodHandle HANDLE = downcall("mmap",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG));
    }

    private static final class Mprotect {
        static final MethodHandle HANDLE = downcall("mprotect", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
    }

    private static final class Munmap {
        static final MethodHandle HANDLE = downcall("munmap", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
    }

    private static final class Signals {
        static final MethodHandle SIGNAL = downcall("signal", FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS));
        static final MethodHandle RAISE = downcall("raise", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    }

    private static final class Isatty {
        static final MethodHandle HANDLE = downcall("isatty", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    }

    private static final class PageSize {
        static final long BYTES = sysconf(SC_PAGESIZE);
    }

    private Libc() {
    }

    private static MethodHandle downcall(String name, FunctionDescriptor descriptor) {
        requireLinux();
        MemorySegment symbol = LINKER.defaultLookup().find(name)
                .orElseThrow(() -> new SystemCallException("libc has no " + name));
        return LINKER.downcallHandle(symbol, descriptor);
    }

    /**
     * Links the downcalls every run makes (mmap for the value stack and the heap's words, munmap when
     * they are released), so that a start-up thread can pay for FFM's stub classes while the main
     * thread parses and compiles; does nothing off Linux, where NativeMemory does not call libc.
     */
    public static void prelink() {
        if (System.getProperty("os.name").startsWith("Linux")) {
            MethodHandle unused = Mmap.HANDLE;
            unused = Munmap.HANDLE;
        }
    }

    public static void requireLinux() {
        String os = System.getProperty("os.name");
        if (!os.startsWith("Linux")) {
            throw new SystemCallException("the JIT runs on Linux only (this is " + os + ")");
        }
    }

    /**
     * A fresh private anonymous read+write mapping of {@code size} bytes (a multiple of the page
     * size), its pages faulted in when {@code populate}.
     */
    public static MemorySegment mmapReadWrite(long size, boolean populate) {
        return mmap(size, MAP_PRIVATE | MAP_ANONYMOUS | (populate ? MAP_POPULATE : 0));
    }

    /** Reserves {@code size} bytes of zeroed read+write address space; pages commit when first touched. */
    public static MemorySegment reserve(long size) {
        return mmap(size, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE);
    }

    private static MemorySegment mmap(long size, int flags) {
        MemorySegment address;
        try {
            address = (MemorySegment) Mmap.HANDLE.invokeExact(MemorySegment.NULL, size, PROT_READ | PROT_WRITE, flags, -1, 0L);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (address.address() == MAP_FAILED) {
            throw new SystemCallException("mmap of " + size + " bytes failed");
        }
        return address.reinterpret(size);
    }

    public static void mprotect(MemorySegment mapping, int protection) {
        int rc;
        try {
            rc = (int) Mprotect.HANDLE.invokeExact(mapping, mapping.byteSize(), protection);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (rc != 0) {
            throw new SystemCallException("mprotect(" + protection + ") of " + mapping.byteSize() + " bytes failed");
        }
    }

    public static void munmap(MemorySegment mapping) {
        int rc;
        try {
            rc = (int) Munmap.HANDLE.invokeExact(mapping, mapping.byteSize());
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (rc != 0) {
            throw new SystemCallException("munmap of " + mapping.byteSize() + " bytes failed");
        }
    }

    /** The page size, asked once: mappings and protections work on whole pages. */
    public static long pageSize() {
        return PageSize.BYTES;
    }

    private static long sysconf(int name) {
        MethodHandle sysconf = downcall("sysconf", FunctionDescriptor.of(JAVA_LONG, JAVA_INT));
        try {
            return (long) sysconf.invokeExact(name);
        } catch (Throwable t) {
            throw rethrow(t);
        }
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
            throw rethrow(t);
        }
    }

    /** Whether file descriptor {@code fd} is a terminal. */
    public static boolean isatty(int fd) {
        try {
            return (int) Isatty.HANDLE.invokeExact(fd) == 1;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Downcalls to these functions throw nothing checked; anything else is a VM bug. */
    public static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }
}
