package dev.bytecodedsl.cases.generate.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.bytecodedsl.cases.Pipeline;
import dev.bytecodedsl.diagnostics.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code CacheLayout} (issue 15): specializers take cache offsets from it, so its names must follow
 * the DSL's entry names, one layout per family, and never the order or position of definitions.
 */
class CacheLayoutFileTest {

    private static final String PRELUDE = """
            type Value; label(error) { }
            extern int globals_version();
            extern int builtins_version();
            extern Value load(int index);
            """;

    /** A LOAD_GLOBAL-like family: `version` sits at two offsets, `index` at one. */
    private static final String[] DEFINITIONS = {
        "family(LOAD_G, 4) = { LOAD_G_MODULE, LOAD_G_BUILTIN };",
        """
        specializing op(_SPECIALIZE_LOAD_G, (counter/1 --)) {
            if (counter == 0) { DISPATCH_SAME_OPARG(); }
        }
        """,
        "op(_LOAD_G, (-- res)) { res = load(oparg); }",
        "macro(LOAD_G) = _SPECIALIZE_LOAD_G + unused/3 + _LOAD_G;",
        "guard op(_GUARD_GLOBALS, (version/1 --)) { DEOPT_IF(globals_version() != version); }",
        "guard op(_GUARD_BUILTINS, (version/1 --)) { DEOPT_IF(builtins_version() != version); }",
        "op(_LOAD_G_ENTRY, (index/1 -- res)) { res = load(index); }",
        "macro(LOAD_G_MODULE) = unused/1 + _GUARD_GLOBALS + unused/1 + _LOAD_G_ENTRY;",
        "macro(LOAD_G_BUILTIN) = unused/1 + _GUARD_GLOBALS + _GUARD_BUILTINS + _LOAD_G_ENTRY;",
        "inst(LOAD_WIDE, (version/2, pointer/4 -- res)) { res = load(version + pointer); }",
        "inst(NOP, (--)) { }",
    };

    @Test
    void familiesShareOneLayoutNamedAfterTheHead() throws Exception {
        Map<String, Integer> constants = constants(String.join("\n", DEFINITIONS));
        assertEquals(Map.of(
                "LOAD_G_CACHE_SIZE", 4,
                "LOAD_G_COUNTER", 0,
                "LOAD_G_INDEX", 3,
                // `version` alone would be ambiguous: each op's entry is named after its op
                "LOAD_G_GUARD_GLOBALS_VERSION", 1,
                "LOAD_G_GUARD_BUILTINS_VERSION", 2,
                "LOAD_WIDE_CACHE_SIZE", 6,
                "LOAD_WIDE_VERSION", 0,
                "LOAD_WIDE_POINTER", 2), constants);
    }

    @Test
    void orderAndPositionOfDefinitionsChangeNothing() throws Exception {
        String forward = String.join("\n", DEFINITIONS);
        List<String> reversed = new java.util.ArrayList<>(List.of(DEFINITIONS));
        java.util.Collections.reverse(reversed);
        String backward = "\n\n// moved\n" + String.join("\n\n", reversed);
        assertEquals(cacheLayout(forward), cacheLayout(backward));
    }

    @Test
    void aNameTwoLayoutsWouldGiveDifferentValuesIsLeftOut() throws Exception {
        // family A_B's entry `c` and instruction A's entry `b_c` both make A_B_C
        String text = """
                inst(A, (x/1, b_c/1 -- res)) { res = load(b_c); }
                inst(A_B, (c/2 -- res)) { res = load(c); }
                """;
        Map<String, Integer> constants = constants(text);
        assertFalse(constants.containsKey("A_B_C"));
        assertEquals(0, constants.get("A_X"));
    }

    private static Map<String, Integer> constants(String definitions) throws Exception {
        Map<String, Integer> out = new TreeMap<>();
        Matcher m = Pattern.compile("public static final int (\\w+) = (\\d+);").matcher(cacheLayout(definitions));
        while (m.find()) {
            out.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        return out;
    }

    private static String cacheLayout(String definitions) throws Exception {
        return Pipeline.generateAll(List.of(new SourceFile("t.def", PRELUDE + definitions))).stream()
                .filter(f -> f.relativePath().endsWith("/CacheLayout.java"))
                .findFirst().orElseThrow().content();
    }
}
