package dev.bytecodedsl.cases.generate.java;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.analysis.CallEffects;
import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.cases.generate.DslReferences;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.grammar.ast.Definition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * {@code DslFunctions}: one static method per {@code func} of the DSL, which tier 1 and the uop
 * interpreter call (HotSpot inlines them like any small static method). A function that reaches the
 * heap words or the helpers gets the registers, passed first; it has no frame of its own, and its
 * caller saved the frame state before the call if the function may escape. Generated only when the
 * DSL defines functions, so a DSL without them gets exactly the files it got before.
 */
public final class FunctionsFile {

    public static final String NAME = "DslFunctions";

    private FunctionsFile() {}

    /**
     * The Java call of function {@code name} from a body whose registers are {@link OpEmitter#REGISTERS}:
     * only a function that uses the VM ({@link CallEffects#usesVm}) takes them.
     */
    static String call(Declarations declarations, String name, List<String> args) {
        List<String> all = new ArrayList<>();
        if (CallEffects.usesVm(declarations, name)) {
            all.add(OpEmitter.REGISTERS);
        }
        all.addAll(args);
        return NAME + "." + name + "(" + String.join(", ", all) + ")";
    }

    public static Optional<GeneratedFile> generate(Analysis analysis) {
        Declarations declarations = analysis.declarations();
        if (declarations.functions().isEmpty()) {
            return Optional.empty();
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(NAME)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The {@code func}s of the DSL, for both interpreters; those that take no registers are\n"
                        + "public, so the VM's own Java computes what they compute from the same definition.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (Definition.FunctionDef function : declarations.functions().values()) {
            type.addMethod(method(declarations, function));
        }
        return Optional.of(JavaOutput.file(type.build(), "tier 1"));
    }

    private static MethodSpec method(Declarations declarations, Definition.FunctionDef function) {
        CodeBlock.Builder body = CodeBlock.builder();
        new BodyLowering(declarations, InterpreterNames.of(declarations), new FunctionStatements(function))
                .statements(body, function.body().statements());
        MethodSpec.Builder method = MethodSpec.methodBuilder(function.name())
                .addModifiers(Modifier.STATIC)
                .addJavadoc("{@code $L}\n", DslReferences.of(function))
                .returns(JavaTypes.of(function.returnType()));
        if (CallEffects.usesVm(declarations, function.name())) {
            method.addParameter(RegistersFile.className(), OpEmitter.REGISTERS);
        } else {
            method.addModifiers(Modifier.PUBLIC);
        }
        for (Definition.Param param : function.params()) {
            method.addParameter(JavaTypes.of(param.type()), param.name());
        }
        return method.addCode(body.build()).build();
    }

    /**
     * A function body has no special statements (the analyzer rejects them), and its escaping calls
     * need no state saving of their own: the statement that calls the function saved it.
     */
    private static final class FunctionStatements extends RejectingStatements {
        private final Definition.FunctionDef function;

        FunctionStatements(Definition.FunctionDef function) {
            this.function = function;
        }

        @Override
        public void beforeEscapingCall(CodeBlock.Builder out) {
        }

        @Override
        protected IllegalStateException unsupported(String statement) {
            return new IllegalStateException(statement + " in func " + function.name());
        }
    }
}
