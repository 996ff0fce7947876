package dev.bytecodedsl.kit.os;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * Page mappings through libc (mmap, mprotect, munmap, sysconf), for the JIT's executable memory and
 * a VM's long-lived native tables. Linux only: another host gets a {@link SystemCallException} at
 * the first call, never a crash.
 */
@SuppressWarnings("restricted") // the point of this class: native code through FFM
public final class Mappings {
    public static final int PROT_READ = 1;
    public static final int PROT_WRITE = 2;
    public static final int PROT_EXEC = 4;
    private static final int MAP_PRIVATE = 0x02;
    private static final int MAP_ANONYMOUS = 0x20;
    // Faults the pages in at once (one system call instead of a fault per page).
    private static final int MAP_POPULATE = 0x8000;
    // Address space only: pages commit when first touched.
    private static final int MAP_NORESERVE = 0x4000;
    private static final int SC_PAGESIZE = 30;
    private static final long MAP_FAILED = -1L;

    // One holder class per function: a downcall is linked (a stub class spun, which the AOT cache
    // does not keep) only when first used.
    // mmap's addresses as plain longs: a stub of primitives alone is quicker to link than one that
    // boxes and unboxes MemorySegments, and every run links this one during start-up.
    private static final class Mmap {
        static final MethodHandle HANDLE = downcall("mmap",
                FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG));
    }

    private static final class Mprotect {
        static final MethodHandle HANDLE = downcall("mprotect", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
    }

    private static final class Munmap {
        static final MethodHandle HANDLE = downcall("munmap", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
    }

    private static final class PageSize {
        static final long BYTES = sysconf(SC_PAGESIZE);
    }

    private Mappings() {
    }

    /** A downcall handle to libc's {@code name}; on a host other than Linux a {@link SystemCallException}. */
    public static MethodHandle downcall(String name, FunctionDescriptor descriptor) {
        requireLinux();
        Linker linker = Linker.nativeLinker();
        MemorySegment symbol = linker.defaultLookup().find(name)
                .orElseThrow(() -> new SystemCallException("libc has no " + name));
        return linker.downcallHandle(symbol, descriptor);
    }

    /**
     * Links the downcall every run makes (mmap, for native tables), so that a start-up thread can pay
     * for FFM's stub class; does nothing off Linux. munmap is linked when first called: a process
     * that ends after one run may leave its mappings to the OS.
     */
    public static void prelink() {
        if (System.getProperty("os.name").startsWith("Linux")) {
            MethodHandle unused = Mmap.HANDLE;
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
        long address;
        try {
            address = (long) Mmap.HANDLE.invokeExact(0L, size, PROT_READ | PROT_WRITE, flags, -1, 0L);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (address == MAP_FAILED) {
            throw new SystemCallException("mmap of " + size + " bytes failed");
        }
        return MemorySegment.ofAddress(address).reinterpret(size);
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
