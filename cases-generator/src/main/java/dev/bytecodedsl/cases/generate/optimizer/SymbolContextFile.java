package dev.bytecodedsl.cases.generate.optimizer;

import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.java.HelpersFile;
import dev.bytecodedsl.cases.generate.java.JavaOutput;
import dev.bytecodedsl.grammar.ast.Definition;
import javax.lang.model.element.Modifier;

/**
 * {@code SymbolContext}: the symbol table as abstract cases see it. One method per symbol helper
 * that an overrides file declares, plus {@code unknown()} for the default cases; the runtime's
 * optimizer implements it.
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
                .addMethod(MethodSpec.methodBuilder("unknown")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(TypeName.LONG)
                        .addJavadoc("A new symbol nothing is known about (outputs of default abstract cases).\n")
                        .build());
        for (Definition.HelperDecl helper : analysis.overrides().declarations().helpers().values()) {
            if (!analysis.declarations().helpers().containsKey(helper.name())) {
                type.addMethod(HelpersFile.method(helper));
            }
        }
        return JavaOutput.file(type.build(), "optimizer");
    }
}
