package dev.bytecodedsl.cases.generate.jit;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.analysis.ReservedNames;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.TypeRef;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.java.InterpreterContextFile;
import dev.bytecodedsl.cases.generate.java.JavaOutput;
import dev.bytecodedsl.cases.generate.java.JavaTypes;
import dev.bytecodedsl.kit.jit.HelperUpcalls;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * {@code jit/JitHelpers}: for every {@code extern}, its C signature as an FFM
 * {@code FunctionDescriptor} and an adapter that turns the native arguments into the
 * {@code Helpers} call, so that a stencil's call to {@code str_length} lands in the runtime through
 * an upcall stub. Escaping helpers first apply the stack and instruction pointers the stencil saved
 * in {@code JitState} (the native counterpart of the uop interpreter's {@code saveState}). What
 * does not depend on the DSL (reading the JitState, making stubs, carrying exceptions) is the
 * runtime kit's {@link HelperUpcalls}, which the generated class extends.
 */
public final class JitHelpersFile {

    private static final ClassName HELPER_UPCALLS = ClassName.get(HelperUpcalls.class);

    public static final String NAME = "JitHelpers";

    /** The JIT's subpackage of the run's package (stencil tables and helpers live there). */
    public static String packageName() {
        return JavaOutput.packageName() + ".jit";
    }

    /**
     * The intrinsics that read the code object's tables: they have no native form (the tables live
     * in Java), so stencils call them as helpers under these symbols.
     */
    private record TableIntrinsic(String symbol, String method, String table) {}

    private static final List<TableIntrinsic> TABLE_INTRINSICS = List.of(
            new TableIntrinsic("GETCONST", "getconst", "consts"), new TableIntrinsic("GETNAME", "getname", "names"));

    private JitHelpersFile() {}

    public static GeneratedFile generate(Analysis analysis) {
        List<Definition.HelperDecl> helpers = List.copyOf(analysis.declarations().helpers().values());
        TypeSpec.Builder type = TypeSpec.classBuilder(NAME)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        Upcall adapters for the helpers declared with {@code extern} in the DSL: one
                        {@code FunctionDescriptor} per helper (its C signature, docs/jit-abi.md) and one adapter
                        that calls the {@link $T} method. The runtime kit's {@link $T} does the rest: stack
                        pointers as slot indexes, the saved state escaping helpers apply first, upcall stubs, and
                        the exception an adapter caught ({@link #takeFailure}).
                        """, JavaOutput.className("Helpers"), HELPER_UPCALLS)
                .superclass(HELPER_UPCALLS)
                .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                        .addMember("value", "$S", "restricted").build());
        for (Definition.HelperDecl helper : helpers) {
            type.addField(descriptor(helper));
        }
        for (TableIntrinsic intrinsic : TABLE_INTRINSICS) {
            type.addField(FieldSpec.builder(FunctionDescriptor.class, intrinsic.symbol(), Modifier.PUBLIC,
                            Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("Value $L(int i): the intrinsic, called as a helper (docs/jit-abi.md)\n",
                            intrinsic.symbol())
                    .initializer("$T.of($T.JAVA_LONG, $T.JAVA_LONG)", FunctionDescriptor.class, ValueLayout.class,
                            ValueLayout.class)
                    .build());
        }
        type.addField(FieldSpec.builder(JavaOutput.className(InterpreterContextFile.NAME), "ctx", Modifier.PRIVATE, Modifier.FINAL).build());
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("@param state the {@code JitState} struct the stencils write\n")
                .addParameter(JavaOutput.className(InterpreterContextFile.NAME), "ctx")
                .addParameter(MemorySegment.class, "state")
                .addStatement("super(ctx, state)")
                .addStatement("this.ctx = ctx")
                .build());
        type.addMethod(names(helpers));
        type.addMethod(helperSet("coldHelpers", "declared {@code cold} (called only on slow paths)",
                helpers.stream().filter(Definition.HelperDecl::cold)));
        type.addMethod(helperSet("escapingHelpers", "declared {@code escaping}",
                helpers.stream().filter(Definition.HelperDecl::escaping)));
        type.addMethod(descriptorLookup(helpers));
        type.addMethod(upcallStub(helpers));
        for (Definition.HelperDecl helper : helpers) {
            type.addMethod(adapter(helper));
        }
        for (TableIntrinsic intrinsic : TABLE_INTRINSICS) {
            type.addMethod(MethodSpec.methodBuilder(intrinsic.method())
                    .addJavadoc("{@code $L(i)}: the current frame's code object's table\n", intrinsic.symbol())
                    .returns(TypeName.LONG)
                    .addParameter(TypeName.LONG, "i")
                    .beginControlFlow("try")
                    .addStatement("syncFrames()")
                    .addStatement("return ctx.$L()[(int) i]", intrinsic.table())
                    .nextControlFlow("catch ($T t)", Throwable.class)
                    .addStatement("fail(t)")
                    .addStatement("return 0L")
                    .endControlFlow()
                    .build());
        }
        return JavaOutput.file(packageName(), type.build(), "JIT helpers");
    }

    private static String descriptorName(Definition.HelperDecl helper) {
        return ReservedNames.descriptorField(helper.name());
    }

    private static FieldSpec descriptor(Definition.HelperDecl helper) {
        boolean isVoid = helper.returnType().name().equals("void");
        Stream<TypeRef> signature = Stream.concat(isVoid ? Stream.empty() : Stream.of(helper.returnType()),
                helper.params().stream().map(Definition.Param::type));
        CodeBlock layouts = signature.map(t -> CodeBlock.of("$T.$L", ValueLayout.class, NativeTypes.layout(t)))
                .collect(CodeBlock.joining(", "));
        return FieldSpec.builder(FunctionDescriptor.class, descriptorName(helper), Modifier.PUBLIC, Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc("$L $L($L)\n", helper.returnType(), helper.name(), helper.params().stream()
                        .map(p -> p.type() + " " + p.name()).collect(Collectors.joining(", ")))
                .initializer("$T.$L($L)", FunctionDescriptor.class, isVoid ? "ofVoid" : "of", layouts)
                .build();
    }

    private static MethodSpec names(List<Definition.HelperDecl> helpers) {
        CodeBlock list = Stream.concat(helpers.stream().map(Definition.HelperDecl::name),
                        TABLE_INTRINSICS.stream().map(TableIntrinsic::symbol))
                .map(name -> CodeBlock.of("$S", name)).collect(CodeBlock.joining(", "));
        return MethodSpec.methodBuilder("names")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Every extern's DSL name, in name order, then GETCONST and GETNAME.\n")
                .returns(ParameterizedTypeName.get(List.class, String.class))
                .addStatement("return $T.of($L)", List.class, list)
                .build();
    }

    private static MethodSpec helperSet(String method, String which, Stream<Definition.HelperDecl> helpers) {
        CodeBlock list = helpers.map(helper -> CodeBlock.of("$S", helper.name())).collect(CodeBlock.joining(", "));
        return MethodSpec.methodBuilder(method)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The externs $L, for the JIT's admission policy ({@code HelperCosts}).\n", which)
                .returns(ParameterizedTypeName.get(Set.class, String.class))
                .addStatement("return $T.of($L)", Set.class, list)
                .build();
    }

    private static MethodSpec descriptorLookup(List<Definition.HelperDecl> helpers) {
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch (name) {\n").indent();
        for (Definition.HelperDecl helper : helpers) {
            cases.add("case $S -> $L;\n", helper.name(), descriptorName(helper));
        }
        for (TableIntrinsic intrinsic : TABLE_INTRINSICS) {
            cases.add("case $S -> $L;\n", intrinsic.symbol(), intrinsic.symbol());
        }
        cases.add("default -> throw new $T($S + name);\n", IllegalArgumentException.class, "no extern named ")
                .unindent().add("};\n");
        return MethodSpec.methodBuilder("descriptor")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The C signature of the extern named {@code name}.\n")
                .returns(FunctionDescriptor.class)
                .addParameter(String.class, "name")
                .addCode(cases.build())
                .build();
    }

    private static MethodSpec upcallStub(List<Definition.HelperDecl> helpers) {
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch (name) {\n").indent();
        for (Definition.HelperDecl helper : helpers) {
            cases.add("case $S -> stub($T.lookup(), name, $L, $S, $L, arena);\n", helper.name(), MethodHandles.class,
                    helper.escaping(), JavaTypes.methodName(helper.name()), descriptorName(helper));
        }
        for (TableIntrinsic intrinsic : TABLE_INTRINSICS) {
            cases.add("case $S -> stub($T.lookup(), name, false, $S, $L, arena);\n", intrinsic.symbol(),
                    MethodHandles.class, intrinsic.method(), intrinsic.symbol());
        }
        cases.add("default -> throw new $T($S + name);\n", IllegalArgumentException.class, "no extern named ")
                .unindent().add("};\n");
        return MethodSpec.methodBuilder("upcallStub")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        A native entry point for the extern named {@code name}, bound to this context, valid while
                        {@code arena} lives (stencils' HELPER holes are patched with its address).
                        """)
                .returns(MemorySegment.class)
                .addParameter(String.class, "name")
                .addParameter(Arena.class, "arena")
                .addCode(cases.build())
                .build();
    }

    private static MethodSpec adapter(Definition.HelperDecl helper) {
        String method = JavaTypes.methodName(helper.name());
        MethodSpec.Builder adapter = MethodSpec.methodBuilder(method)
                .addJavadoc("{@code $L}$L\n", helper.name(), helper.escaping() ? ", escaping" : "")
                .returns(NativeTypes.adapterType(helper.returnType()));
        for (Definition.Param param : helper.params()) {
            adapter.addParameter(NativeTypes.adapterType(param.type()), JavaTypes.methodName(param.name()));
        }
        CodeBlock args = helper.params().stream()
                .map(p -> NativeTypes.argument(p.type(), JavaTypes.methodName(p.name())))
                .collect(CodeBlock.joining(", "));
        boolean isVoid = helper.returnType().name().equals("void");
        adapter.beginControlFlow("try");
        // Machine code may have pushed frames the Java side has not seen: Java looks at the frame now.
        adapter.addStatement("syncFrames()");
        if (helper.escaping()) {
            adapter.addStatement("applySavedState()");
        }
        // An escaping helper may have switched frames: a stencil's RELOAD_FRAME reads the frame it left.
        if (isVoid) {
            adapter.addStatement("ctx.$L($L)", method, args);
            if (helper.escaping()) {
                adapter.addStatement("publishFrame()");
            }
        } else if (helper.escaping()) {
            adapter.addStatement("$T __result = ctx.$L($L)", NativeTypes.adapterType(helper.returnType()), method, args);
            adapter.addStatement("publishFrame()");
            adapter.addStatement("return __result");
        } else {
            adapter.addStatement("return ctx.$L($L)", method, args);
        }
        adapter.nextControlFlow("catch ($T t)", Throwable.class).addStatement("fail(t)");
        if (!isVoid) {
            adapter.addStatement("return $L", NativeTypes.failureValue(helper.returnType()));
        }
        return adapter.endControlFlow().build();
    }
}
