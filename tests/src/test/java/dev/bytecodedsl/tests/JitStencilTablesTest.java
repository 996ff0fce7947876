package dev.bytecodedsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.analysis.Analyzer;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.generated.Uops;
import dev.bytecodedsl.kit.jit.Hole;
import dev.bytecodedsl.kit.jit.HoleKind;
import dev.bytecodedsl.kit.jit.HoleValue;
import dev.bytecodedsl.generated.jit.JitStencilsAarch64Darwin;
import dev.bytecodedsl.generated.jit.JitStencilsAarch64Linux;
import dev.bytecodedsl.generated.jit.JitStencilsX86_64Linux;
import dev.bytecodedsl.generated.jit.JitStencilsX86_64Windows;
import dev.bytecodedsl.kit.jit.Stencil;
import dev.bytecodedsl.grammar.parse.DslParser;
import dev.bytecodedsl.kit.jit.HolePatcher;
import java.nio.file.Path;
import java.util.HashSet;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checked-in stencil tables of every target, at the table level: every tier-2 uop has a
 * stencil, every hole is of its target's kinds and in bounds, values and helper symbols are the
 * ones docs/jit-abi.md allows, and patching a whole trace layout with the reference patcher works
 * (every hole in range). The runtime executes only the x86-64 Linux table; the others are checked
 * here.
 */
class JitStencilTablesTest {

    record Table(String triple, String clangVersion, boolean x86, Supplier<Stencil> shim, IntFunction<Stencil> stencil,
            IntFunction<String> disassembly) {
        @Override
        public String toString() {
            return triple;
        }
    }

    static List<Table> tables() {
        return List.of(
                new Table(JitStencilsX86_64Linux.TARGET, JitStencilsX86_64Linux.CLANG_VERSION, true,
                        JitStencilsX86_64Linux::shim, JitStencilsX86_64Linux::stencil, JitStencilsX86_64Linux::disassembly),
                new Table(JitStencilsX86_64Windows.TARGET, JitStencilsX86_64Windows.CLANG_VERSION, true,
                        JitStencilsX86_64Windows::shim, JitStencilsX86_64Windows::stencil, JitStencilsX86_64Windows::disassembly),
                new Table(JitStencilsAarch64Linux.TARGET, JitStencilsAarch64Linux.CLANG_VERSION, false,
                        JitStencilsAarch64Linux::shim, JitStencilsAarch64Linux::stencil, JitStencilsAarch64Linux::disassembly),
                new Table(JitStencilsAarch64Darwin.TARGET, JitStencilsAarch64Darwin.CLANG_VERSION, false,
                        JitStencilsAarch64Darwin::shim, JitStencilsAarch64Darwin::stencil, JitStencilsAarch64Darwin::disassembly));
    }

    private static Set<String> helperSymbols() throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        var file = DslParser.parse(SourceFile.read(Path.of("../bytecodes.def")), diagnostics).orElseThrow();
        Analysis analysis = new Analyzer(diagnostics).analyze(List.of(file));
        Set<String> helpers = new HashSet<>(analysis.declarations().helpers().keySet());
        helpers.addAll(List.of("GETCONST", "GETNAME"));
        return helpers;
    }

    @ParameterizedTest
    @MethodSource("tables")
    void everyUopHasAStencilWithWellFormedHoles(Table table) throws Exception {
        assertEquals("19", table.clangVersion());
        Stencil shim = table.shim().get();
        assertEquals(0, shim.codeHoles().length + shim.dataHoles().length, "the shim has no holes");
        Set<String> helpers = helperSymbols();
        Set<HoleValue> codeValues = new HashSet<>();
        for (int uop = 1; uop <= Uops.MAX_UOP_ID; uop++) {
            String name = Uops.name(uop);
            if (name == null) {
                continue; // a retired id (bytecodes.lock)
            }
            Stencil stencil = table.stencil().apply(uop);
            // NOP's code is empty: its only instruction was the jump to the next uop.
            assertEquals(name.equals("NOP"), stencil.code().length == 0, name);
            assertTrue(table.disassembly().apply(uop).contains(">:\n"), name);
            for (Hole hole : stencil.codeHoles()) {
                assertEquals(table.x86(), hole.kind().name().startsWith("X86_64_"), name + " " + hole);
                assertTrue(hole.offset() + width(hole.kind()) <= stencil.code().length, name + " " + hole);
                assertTrue(hole.value() == HoleValue.CONTINUE || hole.value() == HoleValue.JUMP_TARGET
                        || hole.value() == HoleValue.DATA, name + ": values come from data slots " + hole);
                if (hole.value() == HoleValue.JUMP_TARGET) {
                    assertEquals("_JUMP_TO_TOP", name, "only the loop jumps to the trace's top");
                }
                codeValues.add(hole.value());
            }
            for (Hole hole : stencil.dataHoles()) {
                assertEquals(table.x86() ? HoleKind.X86_64_ABS64 : HoleKind.AARCH64_ABS64, hole.kind(), name);
                assertEquals(0, hole.offset() % 8, name + ": slots are aligned " + hole);
                assertTrue(hole.offset() + 8 <= stencil.data().length, name + " " + hole);
                assertEquals(hole.value() == HoleValue.HELPER, !hole.symbol().isEmpty(), name + " " + hole);
                if (hole.value() == HoleValue.HELPER) {
                    assertTrue(helpers.contains(hole.symbol()), name + ": unknown helper " + hole.symbol());
                }
            }
        }
        assertEquals(Set.of(HoleValue.CONTINUE, HoleValue.JUMP_TARGET, HoleValue.DATA), codeValues);
    }

    /** Global reads and stores reach the namespaces through heap words: machine code calls no helper. */
    @ParameterizedTest
    @MethodSource("tables")
    void globalAccessesCallNoHelper(Table table) {
        assertNoHelperCalls(table, Uops._GUARD_GLOBALS_VERSION, Uops._GUARD_BUILTINS_VERSION, Uops._LOAD_GLOBAL_MODULE,
                Uops._LOAD_GLOBAL_BUILTIN, Uops._STORE_GLOBAL_MODULE);
    }

    /** len() and str lengths read the objects' length words: machine code calls no helper. */
    @ParameterizedTest
    @MethodSource("tables")
    void lengthsCallNoHelper(Table table) {
        assertNoHelperCalls(table, Uops._GUARD_CALLABLE_LEN, Uops._CALL_LEN, Uops._TO_BOOL_STR);
    }

    private static void assertNoHelperCalls(Table table, int... uops) {
        for (int uop : uops) {
            Stencil stencil = table.stencil().apply(uop);
            for (Hole hole : stencil.dataHoles()) {
                assertNotEquals(HoleValue.HELPER, hole.value(), Uops.name(uop) + " " + hole);
            }
        }
    }

    /** Lays out a whole "trace" of every uop back to back, data after the code, and patches every hole. */
    @ParameterizedTest
    @MethodSource("tables")
    void everyHolePatchesInATraceLayout(Table table) {
        long codeBase = 0x7f12_3450_0000L;
        long dataBase = codeBase + 0x40_0000; // 4 MiB later: within ±2 GiB, as docs/jit-abi.md asks
        long helperBase = 0x7ffe_0000_0000L;
        long code = codeBase;
        long data = dataBase;
        for (int uop = 1; uop <= Uops.MAX_UOP_ID; uop++) {
            if (Uops.name(uop) == null) {
                continue; // a retired id (bytecodes.lock)
            }
            Stencil stencil = table.stencil().apply(uop);
            byte[] codeCopy = stencil.code().clone();
            byte[] dataCopy = stencil.data().clone();
            long next = code + codeCopy.length;
            for (Hole hole : stencil.codeHoles()) {
                HolePatcher.patch(MemorySegment.ofArray(codeCopy), hole.offset(), hole.kind(),
                        value(hole, code, data, next, codeBase, helperBase) + hole.addend(), code + hole.offset());
            }
            for (Hole hole : stencil.dataHoles()) {
                HolePatcher.patch(MemorySegment.ofArray(dataCopy), hole.offset(), hole.kind(),
                        value(hole, code, data, next, codeBase, helperBase) + hole.addend(), data + hole.offset());
                assertFalse(hole.value() == HoleValue.CONTINUE, "continuations are direct jumps");
            }
            code = next;
            data = (data + dataCopy.length + 15) & ~15L;
        }
    }

    private static long value(Hole hole, long code, long data, long next, long top, long helpers) {
        return switch (hole.value()) {
            case CONTINUE -> next;
            case JUMP_TARGET -> top;
            case OPARG -> 0x1234;
            case OPERAND -> 0xDEAD_BEEF_CAFE_F00DL;
            case TARGET -> 42;
            case UOP_INDEX -> 7;
            case TRACE_ID -> 3;
            case EXIT_LINK -> data + 0x1000;
            case HELPER -> helpers + 64L * hole.symbol().hashCode();
            case CODE -> code;
            case DATA -> data;
        };
    }

    private static int width(HoleKind kind) {
        return kind == HoleKind.X86_64_ABS64 || kind == HoleKind.AARCH64_ABS64 ? 8 : 4;
    }
}
