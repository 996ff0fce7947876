package dev.bytecodedsl.kit.jit;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** mmap read+write, copy, mprotect read+execute, run, munmap: W^X at every step. */
@SuppressWarnings("restricted")
class ExecutableMemoryTest {
    /** {@code movabs rax, 0x1122334455667788; ret} (x86-64; encoding from llvm-mc-19 --show-encoding). */
    private static final byte[] RETURN_CONSTANT = HexFormat.of().parseHex("48b88877665544332211c3");

    @Test
    void copiedCodeRunsAfterTheMappingTurnsExecutable() throws Throwable {
        try (ExecutableMemory memory = ExecutableMemory.allocate(RETURN_CONSTANT.length)) {
            MemorySegment.copy(MemorySegment.ofArray(RETURN_CONSTANT), 0, memory.writable(), 0, RETURN_CONSTANT.length);
            assertEquals("rw-p", permissions(memory.address()).orElseThrow());
            memory.makeExecutable();
            assertEquals("r-xp", permissions(memory.address()).orElseThrow());
            MethodHandle call = Linker.nativeLinker().downcallHandle(MemorySegment.ofAddress(memory.address()),
                    FunctionDescriptor.of(JAVA_LONG));
            assertEquals(0x1122334455667788L, (long) call.invokeExact());
        }
    }

    @Test
    void mappingsAreWholePagesAndNeverWritableOnceExecutable() {
        ExecutableMemory memory = ExecutableMemory.allocate(1);
        assertEquals(ExecutableMemory.pageSize(), memory.size());
        memory.writable().set(JAVA_BYTE, 0, (byte) 0xC3);
        memory.makeExecutable();
        assertTrue(memory.isExecutable());
        assertThrows(IllegalStateException.class, memory::writable);
        assertThrows(IllegalStateException.class, memory::makeExecutable);
        assertThrows(IllegalArgumentException.class, () -> memory.readable().set(JAVA_BYTE, 0, (byte) 0));
        long address = memory.address();
        memory.close();
        memory.close();
        assertFalse(permissions(address).isPresent(), "unmapped");
        assertThrows(IllegalStateException.class, memory::readable);
    }

    @Test
    void sizesRoundUpToPages() {
        long page = ExecutableMemory.pageSize();
        try (ExecutableMemory memory = ExecutableMemory.allocate(page + 1)) {
            assertEquals(2 * page, memory.size());
        }
    }

    /** The permissions column of /proc/self/maps for the mapping holding {@code address}. */
    private static Optional<String> permissions(long address) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
                String[] fields = line.split("\\s+");
                String[] range = fields[0].split("-");
                long start = Long.parseUnsignedLong(range[0], 16);
                long end = Long.parseUnsignedLong(range[1], 16);
                if (Long.compareUnsigned(address, start) >= 0 && Long.compareUnsigned(address, end) < 0) {
                    return Optional.of(fields[1]);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
