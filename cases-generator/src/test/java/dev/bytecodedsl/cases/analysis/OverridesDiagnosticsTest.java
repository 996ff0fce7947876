package dev.bytecodedsl.cases.analysis;

import static dev.bytecodedsl.cases.analysis.DslTestSupport.PRELUDE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.grammar.ast.DslFile;
import dev.bytecodedsl.grammar.parse.DslParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The optimizer's overrides file: what it may contain and how it must match the uops it overrides. */
class OverridesDiagnosticsTest {

    private static final String INSTRUCTIONS = PRELUDE + """
            guard op(_GUARD_INT, (value -- value)) { EXIT_IF(!is_int(value)); }
            pure op(_ADD, (left, right -- res)) { res = left; }
            inst(NOP, (--)) { }
            """;

    private static final String SYMBOLS = """
            extern bool sym_known(Value sym);
            extern void replace_op(int uop);
            """;

    /** Diagnostics as {@code file:line:col: message}; the overrides file is o.def, its line 3 the first after SYMBOLS. */
    private static List<String> analyze(String overrides) {
        Diagnostics diagnostics = new Diagnostics();
        DslFile instructions = DslParser.parse(new SourceFile("t.def", INSTRUCTIONS), diagnostics).orElseThrow();
        DslFile optimizer = DslParser.parse(new SourceFile("o.def", SYMBOLS + overrides), diagnostics).orElseThrow();
        new Analyzer(diagnostics).analyze(List.of(instructions, optimizer));
        return diagnostics.all().stream()
                .map(d -> d.pos().file() + ":" + d.pos().line() + ":" + d.pos().column() + ": " + d.message()).toList();
    }

    @Test
    void aValidOverrideUsesSymbolHelpersAndUopNames() {
        assertEquals(List.of(), analyze("""
                override op(_GUARD_INT, (value -- value)) {
                    if (sym_known(value)) {
                        replace_op(NOP);
                    }
                }
                """));
    }

    @Test
    void symbolHelpersAreNotRuntimeHelpers() {
        Diagnostics diagnostics = new Diagnostics();
        DslFile instructions = DslParser.parse(new SourceFile("t.def", INSTRUCTIONS), diagnostics).orElseThrow();
        DslFile optimizer = DslParser.parse(new SourceFile("o.def", SYMBOLS
                + "override op(_ADD, (left, right -- res)) { res = left; }\n"), diagnostics).orElseThrow();
        Analysis analysis = new Analyzer(diagnostics).analyze(List.of(instructions, optimizer));
        assertTrue(analysis.overrides().declarations().helpers().containsKey("sym_known"));
        assertTrue(!analysis.declarations().helpers().containsKey("sym_known"));
        assertEquals(List.of("_ADD"), List.copyOf(analysis.overrides().ops().keySet()));
    }

    @Test
    void anOverrideMustNameAUop() {
        assertEquals(List.of("o.def:3:13: override of unknown uop '_MISSING' (not a tier-2 op of the instruction set)"),
                analyze("override op(_MISSING, (--)) { }\n"));
    }

    @Test
    void anOverrideMustRepeatTheStackEffect() {
        assertEquals(List.of("o.def:3:13: override '_ADD' has stack effect (left -- res) but the uop has "
                        + "(left, right -- res)"),
                analyze("override op(_ADD, (left -- res)) { res = left; }\n"));
    }

    @Test
    void anOverrideCannotLeave() {
        assertEquals(List.of("o.def:3:13: override '_GUARD_INT' uses EXIT_IF: abstract cases run while optimizing, "
                        + "not in a trace"),
                analyze("override op(_GUARD_INT, (value -- value)) { EXIT_IF(sym_known(value)); }\n"));
    }

    @Test
    void anOverridesFileHoldsOnlySymbolHelpersAndOverrides() {
        assertEquals(List.of("o.def:3:11: an overrides file declares only extern symbol helpers and override ops",
                        "o.def:4:7: an overrides file declares only extern symbol helpers and override ops"),
                analyze("""
                        const int X = 1;
                        macro(M) = _ADD;
                        override op(_ADD, (left, right -- res)) { res = left; }
                        """));
    }

    @Test
    void overridingTwiceIsAnError() {
        assertEquals(List.of("o.def:4:13: '_ADD' is overridden twice"), analyze("""
                override op(_ADD, (left, right -- res)) { res = left; }
                override op(_ADD, (left, right -- res)) { res = right; }
                """));
    }

    @Test
    void aSymbolHelperMayNotRedeclareAnInstructionSetHelper() {
        assertEquals(List.of("o.def:3:13: duplicate name 'is_int' (already declared in the instruction set)"),
                analyze("""
                        extern bool is_int(Value v);
                        override op(_ADD, (left, right -- res)) { res = left; }
                        """));
    }
}
