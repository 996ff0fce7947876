package dev.bytecodedsl.cases.analysis.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.DslFile;
import dev.bytecodedsl.diagnostics.Diagnostic;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.grammar.parse.DslParser;
import java.util.Arrays;
import java.util.List;

/** Runs the body checker over every definition of a snippet and compares its diagnostics. */
final class Check {

    private Check() {}

    /** The diagnostics as {@code line:col: message}, in file order. */
    static List<String> diagnostics(String text) {
        Diagnostics diags = new Diagnostics();
        DslFile file = DslParser.parse(new SourceFile("t.def", text), diags)
                .orElseThrow(() -> new AssertionError("does not parse:\n" + diags.render()));
        Declarations declarations = Declarations.collect(List.of(file), diags);
        BodyChecker checker = new BodyChecker(declarations, diags);
        for (Definition def : file.definitions()) {
            switch (def) {
                case Definition.InstructionDef i -> checker.checkInstruction(i);
                case Definition.LabelDef l -> checker.checkLabel(l);
                case Definition.ConstDecl c -> checker.checkConstant(c);
                case Definition.HelperDecl h -> checker.checkHelper(h);
                case Definition.FunctionDef f -> checker.checkFunction(f);
                case Definition.TypeDecl t -> {}
                case Definition.MacroDef m -> {}
                case Definition.FamilyDef f -> {}
                case Definition.PseudoDef p -> {}
            }
        }
        return diags.all().stream().map(Check::format).toList();
    }

    static void assertDiagnostics(String text, String... expected) {
        assertEquals(Arrays.asList(expected), diagnostics(text));
    }

    static void assertClean(String text) {
        assertDiagnostics(text);
    }

    private static String format(Diagnostic d) {
        return d.pos().line() + ":" + d.pos().column() + ": " + d.message();
    }
}
