package dev.bytecodedsl.cases.generate.optimizer;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.java.HelpersFile;
import dev.bytecodedsl.cases.generate.java.JavaOutput;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code SymbolContext}: the symbol table as abstract cases see it. One method per symbol helper
 * that an overrides file declares, extending the kit's {@code SymbolSource} ({@code unknown()}, for
 * the default cases); the VM implements it by subclassing the kit's {@code Symbols}.
 */
final class SymbolContextFile {

    static final String NAME = "SymbolContext";

    private SymbolContextFile() {}

    static GeneratedFile generate(Analysis analysis) {
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(NAME)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        The optimizer's symbols, for the abstract interpreter: a symbol is a {@code long} id that
                        stands for a value the trace will compute, with what is known about it (type, constant
                        value, null or not). The methods are the {@code extern}s of the overrides files.
                        """)
                .addSuperinterface(ClassName.get("dev.bytecodedsl.kit.optimizer", "SymbolSource"))
                .addMethods(helpers(analysis));
        return JavaOutput.file(type.build(), "optimizer");
    }

    /** One abstract method per symbol helper the overrides files declare (not the instruction set's own). */
    static List<MethodSpec> helpers(Analysis analysis) {
        List<MethodSpec> methods = new ArrayList<>();
        for (Definition.HelperDecl helper : analysis.overrides().declarations().helpers().values()) {
            if (!analysis.declarations().helpers().containsKey(helper.name())) {
                methods.add(HelpersFile.method(helper));
            }
        }
        return methods;
    }
}
