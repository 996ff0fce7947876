package dev.bytecodedsl.stencils.holes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.stencils.Target;
import dev.bytecodedsl.stencils.objfile.ObjectFile;
import dev.bytecodedsl.stencils.objfile.ObjectReaders;
import dev.bytecodedsl.stencils.objfile.Relocation;
import dev.bytecodedsl.stencils.objfile.RelocationKind;
import dev.bytecodedsl.stencils.objfile.RelocationTarget;
import dev.bytecodedsl.kit.jit.Hole;
import dev.bytecodedsl.kit.jit.HoleKind;
import dev.bytecodedsl.kit.jit.HoleValue;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Relocations to holes: GOT rewriting, internal references, the trailing jump, and the errors. */
class HoleExtractorTest {

    private static final Set<String> HELPERS = Set.of("scale");

    @ParameterizedTest
    @EnumSource(Target.class)
    void sampleBecomesAStencilWithDataSlots(Target target, @TempDir Path cache) throws Exception {
        byte[] bytes = dev.bytecodedsl.stencils.TestInputs.compileSample(target, cache);
        Stencil stencil = new HoleExtractor("sample", HELPERS, target.isX86_64())
                .extractUop(ObjectReaders.read(target.format(), bytes));

        // The trailing jump is gone: no CONTINUE hole is left, the code falls through.
        assertTrue(stencil.codeHoles().stream().noneMatch(h -> h.value() == HoleValue.CONTINUE), target.triple());
        // Code only refers to its own data, PC-relatively; the data slots carry the values.
        assertTrue(stencil.codeHoles().stream().allMatch(h -> h.value() == HoleValue.DATA), stencil.codeHoles().toString());
        HoleKind abs64 = target.isX86_64() ? HoleKind.X86_64_ABS64 : HoleKind.AARCH64_ABS64;
        assertEquals(List.of(abs64, abs64), stencil.dataHoles().stream().map(Hole::kind).toList());
        assertEquals(Set.of(HoleValue.OPERAND, HoleValue.HELPER),
                Set.copyOf(stencil.dataHoles().stream().map(Hole::value).toList()));
        assertTrue(stencil.dataHoles().stream().anyMatch(h -> h.symbol().equals("scale")));
        for (Hole hole : stencil.dataHoles()) {
            assertEquals(0, hole.offset() % 8, "slots are 8-byte aligned");
            assertTrue(hole.offset() + 8 <= stencil.data().length);
        }
        for (Hole hole : stencil.codeHoles()) {
            assertTrue(hole.offset() + 4 <= stencil.code().length);
        }
        // The constant moved into the data (Darwin builds it with movz/movk instead).
        assertTrue(target == Target.AARCH64_DARWIN || dev.bytecodedsl.stencils.TestInputs.containsDouble(stencil.data(), 0.1));
    }

    private static ObjectFile object(Relocation relocation, ObjectFile.SectionKind dataKind) {
        byte[] code = {(byte) 0x90, (byte) 0x90, (byte) 0x90, (byte) 0x90, (byte) 0x90, (byte) 0x90, (byte) 0x90, (byte) 0xC3};
        return new ObjectFile(List.of(
                        new ObjectFile.Section(".text", ObjectFile.SectionKind.CODE, code, 16, List.of(relocation)),
                        new ObjectFile.Section(".data", dataKind, new byte[8], 8, List.of())),
                List.of(new ObjectFile.Symbol("_JIT_ENTRY", 0, 0)));
    }

    @Test
    void unknownRelocationNamesTheUopTheRelocationAndTheOffset() {
        ObjectFile object = object(new Relocation(2, RelocationKind.UNKNOWN, "R_X86_64_PC64",
                new RelocationTarget.External("_JIT_OPARG"), 0), ObjectFile.SectionKind.READ_ONLY_DATA);
        var e = assertThrows(StencilException.class, () -> new HoleExtractor("_NOP", HELPERS, true).extractUop(object));
        assertEquals("_NOP: the stencil has relocation R_X86_64_PC64 at offset 0x2, which the extractor does not support",
                e.getMessage());
    }

    @Test
    void aSymbolThatIsNeitherAHoleNorAHelperIsAnError() {
        ObjectFile object = object(new Relocation(2, RelocationKind.X86_64_GOT_PC32, "R_X86_64_GOTPCRELX",
                new RelocationTarget.External("memcpy"), -4), ObjectFile.SectionKind.READ_ONLY_DATA);
        var e = assertThrows(StencilException.class, () -> new HoleExtractor("_NOP", HELPERS, true).extractUop(object));
        assertTrue(e.getMessage().contains("references 'memcpy'"), e.getMessage());
    }

    @Test
    void writableDataIsAnError() {
        ObjectFile object = object(new Relocation(2, RelocationKind.X86_64_PC32, "R_X86_64_PC32",
                new RelocationTarget.External("_JIT_CONTINUE"), -4), ObjectFile.SectionKind.WRITABLE_DATA);
        var e = assertThrows(StencilException.class, () -> new HoleExtractor("_NOP", HELPERS, true).extractUop(object));
        assertTrue(e.getMessage().contains("writable data"), e.getMessage());
    }

    @Test
    void pcRelativeReferenceWithinTheCodeIsResolvedAtBuildTime() {
        // A PC32 at offset 2 to code offset 7: 7 + (-4) - 2 = 1.
        ObjectFile object = object(new Relocation(2, RelocationKind.X86_64_PC32, "R_X86_64_PC32",
                new RelocationTarget.InSection(0, 7), -4), ObjectFile.SectionKind.READ_ONLY_DATA);
        Stencil stencil = new HoleExtractor("_NOP", HELPERS, true).extractUop(object);
        assertTrue(stencil.codeHoles().isEmpty());
        assertEquals(1, MemorySegment.ofArray(stencil.code()).get(ValueLayout.JAVA_INT_UNALIGNED, 2));
    }

    @Test
    void absoluteReferenceToTheDataBecomesADataHole() {
        ObjectFile object = object(new Relocation(0, RelocationKind.X86_64_ABS64, "R_X86_64_64",
                new RelocationTarget.InSection(1, 4), 0), ObjectFile.SectionKind.READ_ONLY_DATA);
        Stencil stencil = new HoleExtractor("_NOP", HELPERS, true).extractUop(object);
        assertEquals(List.of(new Hole(0, HoleKind.X86_64_ABS64, HoleValue.DATA, "", 4)), stencil.codeHoles());
        assertFalse(stencil.code().length == 0);
    }
}
