package dev.bytecodedsl.cases.analysis;

import dev.bytecodedsl.cases.analysis.body.BodyChecker;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.DslFile;
import dev.bytecodedsl.diagnostics.Diagnostics;
import java.util.List;

/** Runs the body checker over every declaration and body of the files. */
final class BodyChecks {

    private final BodyChecker checker;

    BodyChecks(Declarations declarations, Diagnostics diagnostics) {
        this.checker = new BodyChecker(declarations, diagnostics);
    }

    void check(List<DslFile> files) {
        for (DslFile file : files) {
            for (Definition def : file.definitions()) {
                switch (def) {
                    case Definition.ConstDecl c -> checker.checkConstant(c);
                    case Definition.HelperDecl h -> checker.checkHelper(h);
                    case Definition.FunctionDef f -> checker.checkFunction(f);
                    case Definition.LabelDef l -> checker.checkLabel(l);
                    case Definition.InstructionDef i -> checker.checkInstruction(i);
                    case Definition.TypeDecl t -> { }
                    case Definition.MacroDef m -> { }
                    case Definition.FamilyDef f -> { }
                    case Definition.PseudoDef p -> { }
                }
            }
        }
    }
}
