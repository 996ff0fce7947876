package dev.bytecodedsl.cases.generate.optimizer;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.WildcardTypeName;
import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.analysis.Op;
import dev.bytecodedsl.cases.analysis.Uop;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.java.JavaOutput;
import dev.bytecodedsl.cases.generate.java.OpEmitter;
import dev.bytecodedsl.cases.generate.java.UopDispatch;
import java.lang.foreign.MemorySegment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * {@code AbstractInterpreter}: one abstract case per uop, run by the runtime kit's trace optimizer
 * over the kit's {@code AbstractFrame} of symbols (fixed code, hand-written there; typed here by the
 * DSL's {@code SymbolContext}, whose methods the cases call). A uop's case is, in order of preference: its override from an
 * overrides file; its own body, when that body only moves values; the default case (pop inputs,
 * push unknown symbols). Pure uops that compute a value from their inputs alone also get a fold
 * method: their own body, run on constants in a scratch stack, so folding never needs a second copy
 * of an instruction's semantics.
 */
final class AbstractInterpreterFile {

    static final String NAME = "AbstractInterpreter";
    private static final ClassName FRAME = ClassName.get("dev.bytecodedsl.kit.optimizer", "AbstractFrame");

    /**
     * {@code AbstractFrame<? extends SymbolContext>}: a frame whose symbol table has this DSL's
     * helpers (in the run's package, so computed per run).
     */
    private static TypeName frame() {
        return ParameterizedTypeName.get(FRAME, WildcardTypeName.subtypeOf(JavaOutput.className(SymbolContextFile.NAME)));
    }

    private AbstractInterpreterFile() {}

    static GeneratedFile generate(Analysis analysis) {
        Map<String, Op> ops = new LinkedHashMap<>();
        analysis.uops().forEach(uop -> ops.putIfAbsent(uop.op().name(), uop.op()));
        TypeSpec.Builder type = TypeSpec.classBuilder(NAME)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        The tier-2 optimizer's abstract interpreter: runs a uop over symbols instead of values
                        ({@link #execute}) and folds pure uops on constant inputs ({@link #fold}).
                        """)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(executeMethod(analysis))
                .addMethod(foldMethod(analysis));
        DefaultCase defaults = new DefaultCase();
        AbstractNames names = AbstractNames.of(analysis.overrides());
        for (Op op : ops.values()) {
            type.addMethod(caseMethod(analysis, op, names, defaults));
            if (BodyShapes.foldable(op, analysis.declarations())) {
                type.addMethod(foldCase(analysis, op));
            }
        }
        return JavaOutput.file(type.build(), "optimizer");
    }

    private static MethodSpec executeMethod(Analysis analysis) {
        CodeBlock cases = CodeBlock.builder().add("switch (uop) {\n").indent()
                .add(UopDispatch.arms(analysis.uops(), "", "frame"))
                .add("default -> throw new $T(\"invalid uop \" + uop);\n", IllegalStateException.class)
                .unindent().add("}\n").build();
        return MethodSpec.methodBuilder("execute")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Runs {@code uop}'s abstract case on {@code frame}, moving its stack pointer as the uop would.\n")
                .addParameter(frame(), "frame")
                .addParameter(TypeName.INT, "uop")
                .addParameter(TypeName.LONG, "oparg")
                .addParameter(TypeName.LONG, "operand")
                .addCode(cases)
                .build();
    }

    private static MethodSpec foldMethod(Analysis analysis) {
        List<Uop> foldable = analysis.uops().stream()
                .filter(uop -> BodyShapes.foldable(uop.op(), analysis.declarations())).toList();
        CodeBlock cases = CodeBlock.builder().add("return switch (uop) {\n").indent()
                .add(UopDispatch.arms(foldable, "fold", "stack, sp"))
                .add("default -> false;\n").unindent().add("};\n").build();
        return MethodSpec.methodBuilder("fold")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("""
                        Runs a foldable uop's own body on the values in {@code stack} below {@code sp} (its inputs)
                        and returns true with its one output written in place of them; false when the uop is not
                        foldable or its body would leave the trace (a failed guard, an overflow).
                        """)
                .returns(TypeName.BOOLEAN)
                .addParameter(TypeName.INT, "uop")
                .addParameter(TypeName.LONG, "oparg")
                .addParameter(TypeName.LONG, "operand")
                .addParameter(MemorySegment.class, "stack")
                .addParameter(TypeName.INT, "sp")
                .addCode(cases)
                .build();
    }

    private static MethodSpec caseMethod(Analysis analysis, Op op, AbstractNames names, DefaultCase defaults) {
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T $L = $L.stack", MemorySegment.class, OpEmitter.STACK, OpEmitter.REGISTERS)
                .addStatement("int $L = $L.sp", OpEmitter.SP, OpEmitter.REGISTERS);
        Op override = analysis.overrides().ops().get(op.name());
        String kind;
        if (override != null) {
            new OpEmitter(analysis.overrides().declarations(), names, new AbstractSemantics(false)).emit(body, override);
            kind = "override";
        } else if (BodyShapes.movesOnly(op)) {
            new OpEmitter(analysis.declarations(), names, new AbstractSemantics(false)).emit(body, op);
            kind = "its own body (moves only)";
        } else {
            defaults.emit(body, op);
            kind = "default";
        }
        body.addStatement("$L.sp = $L", OpEmitter.REGISTERS, OpEmitter.SP);
        return MethodSpec.methodBuilder(op.name())
                .addModifiers(Modifier.STATIC)
                .addJavadoc("$L: $L\n", op.name(), kind)
                .addParameter(frame(), OpEmitter.REGISTERS)
                .addParameter(TypeName.LONG, "oparg")
                .addParameter(TypeName.LONG, OpEmitter.OPERAND)
                .addCode(body.build())
                .build();
    }

    private static MethodSpec foldCase(Analysis analysis, Op op) {
        CodeBlock.Builder body = CodeBlock.builder();
        new OpEmitter(analysis.declarations(), new AbstractSemantics(true)).emit(body, op);
        return MethodSpec.methodBuilder("fold" + op.name())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("$L's body on constant inputs\n", op.name())
                .returns(TypeName.BOOLEAN)
                .addParameter(MemorySegment.class, OpEmitter.STACK)
                .addParameter(TypeName.INT, OpEmitter.SP)
                .addParameter(TypeName.LONG, "oparg")
                .addParameter(TypeName.LONG, OpEmitter.OPERAND)
                .addCode(body.build())
                .addStatement("return true")
                .build();
    }
}
