package dev.bytecodedsl.kit.jit;

import java.util.List;

/**
 * A trace's machine code: the executable mapping, the address of each uop's code (entry points:
 * uop 0 for a fresh entry, the next uop after an eval-breaker check), where the code ends, and the
 * holes patched (only recorded for dumps).
 */
public record CompiledCode(ExecutableMemory memory, long[] entries, int codeSize, List<PatchedHole> holes) {
    public long entry(int uopIndex) {
        return entries[uopIndex];
    }
}
