package dev.bytecodedsl.stencils.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.stencils.StencilBuild;
import dev.bytecodedsl.stencils.TestInputs;
import dev.bytecodedsl.stencils.compile.StencilCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each stencil's C text (its object-cache key) holds only the declarations it uses: editing one
 * constant of bytecodes.def used to change every unit's prelude and recompile all of them.
 */
class UnitDeclarationsTest {

    private static Map<String, String> units(Path def) {
        return new StencilBuild(TestInputs.analyze(def)).units().stream()
                .collect(Collectors.toMap(StencilCompiler.Unit::name, StencilCompiler.Unit::source));
    }

    @Test
    void editingOneConstantChangesOnlyTheUnitsThatUseIt(@TempDir Path dir) throws Exception {
        String original = Files.readString(TestInputs.BYTECODES_DEF);
        String edit = "const int TYPE_STR = 5;";
        assertTrue(original.contains(edit), "bytecodes.def changed: pick another constant");
        Path edited = dir.resolve("bytecodes.def");
        Files.writeString(edited, original.replace(edit, "const int TYPE_STR = 55;"));

        Map<String, String> before = units(TestInputs.BYTECODES_DEF);
        Map<String, String> after = units(edited);
        assertEquals(before.keySet(), after.keySet());
        var changed = before.keySet().stream().filter(u -> !before.get(u).equals(after.get(u)))
                .collect(Collectors.toCollection(TreeSet::new));
        Pattern use = Pattern.compile("\\bTYPE_STR\\b");
        var using = before.entrySet().stream().filter(e -> use.matcher(e.getValue()).find())
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(using, changed, "the units that differ are exactly those that name TYPE_STR");
        assertFalse(changed.isEmpty());
        assertTrue(changed.size() * 20 < before.size(), changed.size() + " of " + before.size() + " units changed");
        assertFalse(changed.contains(StencilBuild.SHIM));
        System.out.println("one-constant edit: " + changed.size() + " of " + before.size() + " units changed");
    }

    @Test
    void aUnitDeclaresWhatItUsesTransitivelyAndNothingElse(@TempDir Path dir) throws Exception {
        Path def = dir.resolve("small.def");
        Files.writeString(def, """
                type Value;
                type Other;
                const int BASE = 3;
                const int DERIVED = BASE + 1;
                const int UNUSED = 7;
                extern Value box(int i);
                extern Other other(Other o);
                label(error) { }
                op(_USES, (-- v)) { v = box(DERIVED); ERROR_IF(oparg == 2); }
                op(_PLAIN, (v -- v)) { }
                macro(PLAIN) = _PLAIN;
                """);
        Map<String, String> units = units(def);
        String uses = units.get("_USES");
        for (String expected : List.of("#define DERIVED ", "#define BASE ", "Value box(int64_t i);", "#define JIT_LABEL_ERROR ")) {
            assertTrue(uses.contains(expected), expected + " missing from\n" + uses);
        }
        for (String unexpected : List.of("UNUSED", "other(", "typedef uint64_t Other;", "GETCONST")) {
            assertFalse(uses.contains(unexpected), unexpected + " in\n" + uses);
        }
        String plain = units.get("_PLAIN");
        assertTrue(plain.contains("typedef uint64_t Value;"), "the prelude's own text needs Value");
        assertFalse(plain.contains("#define BASE"), plain);
    }
}
