package dev.bytecodedsl.kit.jit;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import dev.bytecodedsl.kit.InstructionSet;
import dev.bytecodedsl.kit.trace.Trace;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Copy-and-patch: lays out each uop's stencil of a trace back to back (so a stencil whose trailing
 * jump the extractor removed falls through into the next), then the helper trampolines, then each
 * stencil's data (16-byte aligned for 128-bit loads); copies, patches every hole (docs/jit-abi.md)
 * and makes the mapping executable. The last uop's CONTINUE is the loop top: a closed trace has no
 * "next" past its {@code _JUMP_TO_TOP}. When loops are counted, the loop counter stencil stands in
 * front of the loop close's own code, as part of its block: every way into the loop close (falling
 * through, a {@code _JIT_CONTINUE} jump, re-entry) runs it.
 */
public final class TraceCompiler {
    private static final int DATA_ALIGNMENT = 16;

    private final StencilTable table;
    private final InstructionSet instructions;
    private final ToLongFunction<String> helperAddress;
    private final boolean recordHoles;
    private final boolean countLoops;

    /**
     * @param helperAddress the upcall stub address of an extern, by DSL name
     * @param recordHoles   keep every patched hole for dumps (costs time; off when not dumping)
     * @param countLoops    lay out the loop counter before each loop close (statistics; off, machine
     *                      code counts nothing)
     */
    public TraceCompiler(StencilTable table, InstructionSet instructions, ToLongFunction<String> helperAddress,
                         boolean recordHoles, boolean countLoops) {
        this.table = table;
        this.instructions = instructions;
        this.helperAddress = helperAddress;
        this.recordHoles = recordHoles;
        this.countLoops = countLoops;
    }

    /** The first uop of {@code trace} that has no stencil, or -1. */
    public int firstUopWithoutStencil(Trace trace) {
        for (int i = 0; i < trace.length(); i++) {
            if (table.stencil(trace.uop(i)) == null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param traceId   what the trace's exits store in the state's {@code trace_id} when they leave
     * @param exitLinks the address of the trace's first exit link slot ({@link ExitLinks})
     */
    public CompiledCode compile(Trace trace, int traceId, long exitLinks) {
        int n = trace.length();
        Stencil[] stencils = new Stencil[n];
        int[] codeOffsets = new int[n];
        int[] stencilOffsets = new int[n];
        byte[][] prefixes = new byte[n][];
        int jumpToTop = instructions.uopRoles().jumpToTop();
        int codeSize = 0;
        for (int i = 0; i < n; i++) {
            stencils[i] = table.stencil(trace.uop(i));
            if (stencils[i] == null) {
                throw new JitException("uop " + instructions.uopName(trace.uop(i)) + " has no stencil for " + table.triple());
            }
            prefixes[i] = countLoops && trace.uop(i) == jumpToTop ? table.loopCounter().code() : new byte[0];
            codeOffsets[i] = codeSize;
            stencilOffsets[i] = codeSize + prefixes[i].length;
            codeSize = stencilOffsets[i] + stencils[i].code().length;
        }
        Map<String, Integer> trampolines = trampolineSlots(stencils, align(codeSize, Trampolines.SIZE));
        int dataSize = align(codeSize, Trampolines.SIZE) + trampolines.size() * Trampolines.SIZE;
        int[] dataOffsets = new int[n];
        for (int i = 0; i < n; i++) {
            dataSize = align(dataSize, DATA_ALIGNMENT);
            dataOffsets[i] = dataSize;
            dataSize += stencils[i].data().length;
        }
        ExecutableMemory memory = ExecutableMemory.allocate(dataSize);
        try {
            MemorySegment bytes = memory.writable();
            long base = memory.address();
            List<PatchedHole> holes = recordHoles ? new ArrayList<>() : null;
            for (Map.Entry<String, Integer> t : trampolines.entrySet()) {
                Trampolines.write(bytes, t.getValue(), table.triple(), helperAddress.applyAsLong(t.getKey()));
            }
            long[] entries = new long[n];
            for (int i = 0; i < n; i++) {
                entries[i] = base + codeOffsets[i];
            }
            for (int i = 0; i < n; i++) {
                Stencil s = stencils[i];
                MemorySegment.copy(prefixes[i], 0, bytes, JAVA_BYTE, codeOffsets[i], prefixes[i].length);
                MemorySegment.copy(s.code(), 0, bytes, JAVA_BYTE, stencilOffsets[i], s.code().length);
                MemorySegment.copy(s.data(), 0, bytes, JAVA_BYTE, dataOffsets[i], s.data().length);
                HoleValues values = new HoleValues(trace, jumpToTop, i, entries, base + stencilOffsets[i], base + dataOffsets[i],
                        traceId, exitLinks);
                patchAll(bytes, base, stencilOffsets[i], s.codeHoles(), values, trampolines, i, false, holes);
                patchAll(bytes, base, dataOffsets[i], s.dataHoles(), values, trampolines, i, true, holes);
            }
            memory.makeExecutable();
            return new CompiledCode(memory, entries, codeSize, holes == null ? List.of() : List.copyOf(holes));
        } catch (RuntimeException e) {
            memory.close();
            throw e;
        }
    }

    private void patchAll(MemorySegment bytes, long base, int blockOffset, Hole[] holes, HoleValues values,
                          Map<String, Integer> trampolines, int uopIndex, boolean inData, List<PatchedHole> record) {
        for (Hole hole : holes) {
            long place = base + blockOffset + hole.offset();
            long value;
            if (isTrampolined(hole)) {
                value = base + trampolines.get(hole.symbol()) + hole.addend();
            } else {
                value = values.of(hole, helperAddress) + hole.addend();
            }
            HolePatcher.patch(bytes, blockOffset + hole.offset(), hole.kind(), value, place);
            if (record != null) {
                record.add(new PatchedHole(uopIndex, inData, place, hole, value));
            }
        }
    }

    private static boolean isTrampolined(Hole hole) {
        return hole.value() == HoleValue.HELPER && hole.kind().isPcRelative();
    }

    /** One trampoline per helper that some PC-relative hole calls, at offsets from {@code start}. */
    private static Map<String, Integer> trampolineSlots(Stencil[] stencils, int start) {
        Map<String, Integer> slots = new LinkedHashMap<>();
        for (Stencil s : stencils) {
            for (Hole hole : s.codeHoles()) {
                if (isTrampolined(hole) && !slots.containsKey(hole.symbol())) {
                    slots.put(hole.symbol(), start + slots.size() * Trampolines.SIZE);
                }
            }
        }
        return slots;
    }

    private static int align(int n, int alignment) {
        return (n + alignment - 1) & -alignment;
    }
}
