package dev.bytecodedsl.runtime.jit;

import dev.bytecodedsl.runtime.os.Libc;
import java.lang.foreign.MemorySegment;

/**
 * One mapping of machine code, W^X: it starts read+write (copy and patch), then
 * {@link #makeExecutable} turns it read+execute for good; it is never writable and executable at
 * once. {@link #close} unmaps it (when its executor dies or the VM closes); closing twice is a no-op.
 */
public final class ExecutableMemory implements AutoCloseable {
    private enum State { WRITABLE, EXECUTABLE, FREED }

    private static final PageReserve RESERVE = new PageReserve();

    private final MemorySegment mapping;
    private State state = State.WRITABLE;

    private ExecutableMemory(MemorySegment mapping) {
        this.mapping = mapping;
    }

    /** A writable mapping of at least {@code bytes} bytes (rounded up to whole pages). */
    public static ExecutableMemory allocate(long bytes) {
        long pages = Math.max(1, (bytes + Libc.pageSize() - 1) / Libc.pageSize());
        return new ExecutableMemory(RESERVE.take(pages));
    }

    public static long pageSize() {
        return Libc.pageSize();
    }

    /** The mapping for copying and patching; only while it is writable. */
    public MemorySegment writable() {
        require(State.WRITABLE);
        return mapping;
    }

    /** The mapping's bytes, read-only (for dumps); valid until closed. */
    public MemorySegment readable() {
        if (state == State.FREED) {
            throw new IllegalStateException("executable memory already freed");
        }
        return mapping.asReadOnly();
    }

    public long address() {
        return mapping.address();
    }

    public long size() {
        return mapping.byteSize();
    }

    public boolean isExecutable() {
        return state == State.EXECUTABLE;
    }

    /** Read+write becomes read+execute; the copy can no longer be changed. */
    public void makeExecutable() {
        require(State.WRITABLE);
        Libc.mprotect(mapping, Libc.PROT_READ | Libc.PROT_EXEC);
        state = State.EXECUTABLE;
    }

    @Override
    public void close() {
        if (state != State.FREED) {
            state = State.FREED;
            Libc.munmap(mapping);
        }
    }

    private void require(State wanted) {
        if (state != wanted) {
            throw new IllegalStateException("executable memory is " + state + ", not " + wanted);
        }
    }
}
