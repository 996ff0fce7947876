package dev.bytecodedsl.stencils.objfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.stencils.Target;
import dev.bytecodedsl.stencils.TestInputs;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The ELF, Mach-O and COFF readers on one small stencil-shaped object per target, compiled here
 * with the pinned clang (skipped, with the reason, when it is missing).
 */
class ObjectReadersTest {

    @ParameterizedTest
    @EnumSource(Target.class)
    void readsCodeDataSymbolsAndRelocations(Target target, @TempDir Path cache) throws Exception {
        ObjectFile object = ObjectReaders.read(target.format(), TestInputs.compileSample(target, cache));

        ObjectFile.Symbol entry = object.symbol("_JIT_ENTRY").orElseThrow();
        ObjectFile.Section code = object.sections().get(entry.section());
        assertEquals(ObjectFile.SectionKind.CODE, code.kind());
        assertEquals(0, entry.value());

        Set<String> externals = code.relocations().stream()
                .filter(r -> r.target() instanceof RelocationTarget.External)
                .map(r -> ((RelocationTarget.External) r.target()).name())
                .collect(Collectors.toSet());
        assertEquals(Set.of("_JIT_OPERAND", "scale", "_JIT_CONTINUE"), externals, target.triple());

        // The value and the helper come from GOT entries (COFF: __imp_ pointers) ...
        for (String name : List.of("_JIT_OPERAND", "scale")) {
            assertTrue(relocationsTo(code, name).stream().allMatch(r -> r.kind() == RelocationKind.X86_64_GOT_PC32
                            || r.kind() == RelocationKind.AARCH64_GOT_PAGE21 || r.kind() == RelocationKind.AARCH64_GOT_LD64_LO12),
                    target + " " + name + ": " + relocationsTo(code, name));
        }
        // ... and the continuation is the last instruction, a direct jump.
        Relocation jump = relocationsTo(code, "_JIT_CONTINUE").getLast();
        if (target.isX86_64()) {
            assertEquals(RelocationKind.X86_64_PC32, jump.kind());
            assertEquals(code.bytes().length - 4, jump.offset());
            assertEquals(-4, jump.addend());
        } else {
            assertEquals(RelocationKind.AARCH64_JUMP26, jump.kind());
            assertEquals(code.bytes().length - 4, jump.offset());
        }
        if (target == Target.AARCH64_DARWIN) {
            return; // Apple's clang builds 0.1 with movz/movk instead of a literal
        }
        // 0.1 is not an immediate: it sits in read-only data, referenced from the code.
        assertTrue(object.sections().stream().anyMatch(s -> s.kind() == ObjectFile.SectionKind.READ_ONLY_DATA
                && TestInputs.containsDouble(s.bytes(), 0.1)), target.triple());
        assertTrue(code.relocations().stream().anyMatch(r -> r.target() instanceof RelocationTarget.InSection),
                target.triple());
    }

    private static List<Relocation> relocationsTo(ObjectFile.Section section, String name) {
        return section.relocations().stream()
                .filter(r -> r.target() instanceof RelocationTarget.External e && e.name().equals(name))
                .toList();
    }
}
