package dev.bytecodedsl.kit.jit;

import dev.bytecodedsl.kit.os.Mappings;
import java.lang.foreign.MemorySegment;

/**
 * Fresh read+write pages for traces, carved from larger mappings made (and faulted in) ahead of
 * time, so that compiling a trace costs one {@code mprotect} rather than mmap, page faults,
 * mprotect and munmap. Pages are handed out once and never reused: each trace owns its pages,
 * turns them read+execute and unmaps them when it dies (unmapping part of a mapping is fine), so
 * W^X holds per page as before. Larger requests get their own mapping.
 */
final class PageReserve {
    private static final long CHUNK_PAGES = 64;

    private MemorySegment chunk = MemorySegment.NULL;
    private long used;

    /** {@code pages} fresh read+write pages. */
    synchronized MemorySegment take(long pages) {
        long bytes = pages * Mappings.pageSize();
        if (pages > CHUNK_PAGES / 4) {
            return Mappings.mmapReadWrite(bytes, false);
        }
        if (used + bytes > chunk.byteSize()) {
            if (used < chunk.byteSize()) {
                Mappings.munmap(chunk.asSlice(used));       // the unused tail of the old chunk
            }
            chunk = Mappings.mmapReadWrite(CHUNK_PAGES * Mappings.pageSize(), true);
            used = 0;
        }
        MemorySegment pagesTaken = chunk.asSlice(used, bytes);
        used += bytes;
        return pagesTaken;
    }
}
