package dev.bytecodedsl.cases.generate.optimizer;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.java.JavaOutput;
import dev.bytecodedsl.kit.optimizer.Symbols;
import java.lang.foreign.MemorySegment;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * {@code GeneratedAbstractInterpretation}: this DSL's abstract interpreter bound to the runtime kit's
 * optimizer ({@code kit.optimizer.AbstractInterpretation}), with the kit's symbol table as its
 * {@code SymbolContext}. Emitted when the kit's {@link Symbols} has every symbol helper the overrides
 * declare, with the same signature (read from the kit, not restated); a DSL with a helper of its own
 * gets no binding and writes it by hand (a subclass of {@code Symbols} that adds the helper).
 */
final class AbstractInterpretationFile {

    static final String NAME = "GeneratedAbstractInterpretation";
    private static final String SYMBOLS = "DslSymbols";
    private static final String KIT = "dev.bytecodedsl.kit.optimizer";

    private AbstractInterpretationFile() {}

    static Optional<GeneratedFile> generate(Analysis analysis) {
        if (!SymbolContextFile.helpers(analysis).stream().allMatch(AbstractInterpretationFile::kitHas)) {
            return Optional.empty();
        }
        ClassName self = JavaOutput.className(NAME);
        ClassName symbols = self.nestedClass(SYMBOLS);
        ClassName values = ClassName.get(KIT, "ValueModel");
        ClassName interpreter = JavaOutput.className(AbstractInterpreterFile.NAME);
        TypeSpec symbolsType = TypeSpec.classBuilder(SYMBOLS)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC,
                        Modifier.FINAL)
                .superclass(ClassName.get(Symbols.class))
                .addSuperinterface(JavaOutput.className(SymbolContextFile.NAME))
                .addJavadoc("The kit's symbol table, as this DSL's abstract cases call it.\n")
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(values, "values")
                        .addStatement("super(values)")
                        .build())
                .build();
        TypeSpec type = TypeSpec.classBuilder(NAME)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(ClassName.get(KIT, "AbstractInterpretation"), symbols))
                .addJavadoc("""
                        This DSL's abstract interpreter for the runtime kit's optimizer:
                        {@code new TraceOptimizer<>(GeneratedInstructionSet.INSTANCE, INSTANCE)}.
                        """)
                .addField(FieldSpec.builder(self, "INSTANCE", Modifier.PUBLIC,
                                Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", self)
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(override("newSymbols", symbols, List.of(ParameterSpec.builder(values, "values").build()))
                        .addStatement("return new $T(values)", symbols)
                        .build())
                .addMethod(override("execute", TypeName.VOID, List.of(
                                ParameterSpec.builder(ParameterizedTypeName.get(ClassName.get(KIT, "AbstractFrame"), symbols),
                                        "frame").build(),
                                ParameterSpec.builder(TypeName.INT, "uop").build(),
                                ParameterSpec.builder(TypeName.INT, "oparg").build(),
                                ParameterSpec.builder(TypeName.LONG, "operand").build()))
                        .addStatement("$T.execute(frame, uop, oparg, operand)", interpreter)
                        .build())
                .addMethod(override("fold", TypeName.BOOLEAN, List.of(
                                ParameterSpec.builder(TypeName.INT, "uop").build(),
                                ParameterSpec.builder(TypeName.INT, "oparg").build(),
                                ParameterSpec.builder(TypeName.LONG, "operand").build(),
                                ParameterSpec.builder(MemorySegment.class, "stack").build(),
                                ParameterSpec.builder(TypeName.INT, "sp").build()))
                        .addStatement("return $T.fold(uop, oparg, operand, stack, sp)", interpreter)
                        .build())
                .addType(symbolsType)
                .build();
        return Optional.of(JavaOutput.file(type, "optimizer"));
    }

    /** Whether the kit's symbol table has a public method with the helper's name and signature. */
    private static boolean kitHas(MethodSpec helper) {
        List<TypeName> parameters = helper.parameters.stream().map(p -> p.type).toList();
        return Arrays.stream(Symbols.class.getMethods()) // public ones only
                .filter(m -> m.getName().equals(helper.name))
                .anyMatch(m -> TypeName.get(m.getReturnType()).equals(helper.returnType)
                        && signature(m).equals(parameters));
    }

    private static List<TypeName> signature(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(TypeName::get).toList();
    }

    private static MethodSpec.Builder override(String name, TypeName returns, List<ParameterSpec> parameters) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns)
                .addParameters(parameters);
    }
}
