package dev.bytecodedsl.kit.jit;

import dev.bytecodedsl.kit.os.Mappings;
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
        long pages = Math.max(1, (bytes + Mappings.pageSize() - 1) / Mappings.pageSize());
        return new ExecutableMemory(RESERVE.take(pages));
    }

    public static long pageSize() {
        return Mappings.pageSize();
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
        Mappings.mprotect(mapping, Mappings.PROT_READ | Mappings.PROT_EXEC);
        state = State.EXECUTABLE;
    }

    @Override
    public void close() {
        if (state != State.FREED) {
            state = State.FREED;
            Mappings.munmap(mapping);
        }
    }

    private void require(State wanted) {
        if (state != wanted) {
            throw new IllegalStateException("executable memory is " + state + ", not " + wanted);
        }
    }
}
