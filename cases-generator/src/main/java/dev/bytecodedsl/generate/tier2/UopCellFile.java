package dev.bytecodedsl.generate.tier2;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.analysis.Analysis;
import dev.bytecodedsl.analysis.Uop;
import dev.bytecodedsl.generate.GeneratedFile;
import dev.bytecodedsl.generate.java.JavaOutput;
import dev.bytecodedsl.generate.java.RegistersFile;
import javax.lang.model.element.Modifier;

/**
 * {@code UopCell}: one uop of a trace, decoded once when the executor is made, with one final
 * subclass per uop whose {@code execute} calls the uop's body in {@code UopInterpreter}.
 *
 * <p>Why cells and not a switch: a dispatch switch over ~200 uops is one method too big for HotSpot
 * to inline the uop bodies into (each arm is cold relative to the switch), so every uop cost two
 * calls; a switch inlined into the trace loop instead is one huge method whose compiled code
 * depends on which uops the first traces happened to use (measured: 10x slower after another
 * program's traces shaped the profile). A cell costs one virtual call per uop, each {@code execute}
 * is small enough that its body is always inlined into it, and each is compiled on its own.
 */
final class UopCellFile {

    static final String NAME = "UopCell";

    private UopCellFile() {}

    static ClassName className() {
        return ClassName.get(JavaOutput.PACKAGE, NAME);
    }

    static GeneratedFile generate(Analysis analysis) {
        ClassName cell = className();
        TypeSpec.Builder type = TypeSpec.classBuilder(NAME)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addJavadoc("""
                        One uop of a trace as the uop interpreter runs it: decoded once, when the executor is made,
                        into an instance of the uop's own subclass, whose {@link #execute} runs the uop's body.
                        """)
                .addField(field(TypeName.INT, "uop", "The uop's id ({@link Uops})."))
                .addField(field(TypeName.LONG, "oparg", "The oparg of the instruction the uop came from."))
                .addField(field(TypeName.LONG, "operand", "The uop's cache entry (or the optimizer's operand)."))
                .addField(field(TypeName.INT, "target",
                        "The code unit of the tier-1 instruction the uop came from: where tier 1 resumes when it leaves."))
                .addField(field(TypeName.INT, "successor", "The index of the uop that runs after this one."))
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(TypeName.INT, "uop")
                        .addParameter(TypeName.LONG, "oparg")
                        .addParameter(TypeName.LONG, "operand")
                        .addParameter(TypeName.INT, "target")
                        .addParameter(TypeName.INT, "successor")
                        .addStatement("this.uop = uop")
                        .addStatement("this.oparg = oparg")
                        .addStatement("this.operand = operand")
                        .addStatement("this.target = target")
                        .addStatement("this.successor = successor")
                        .build())
                .addMethod(MethodSpec.methodBuilder("execute")
                        .addModifiers(Modifier.ABSTRACT)
                        .addJavadoc("Runs the uop on the registers; returns its status ({@code UopInterpreter.NEXT}, ...).\n")
                        .returns(TypeName.INT)
                        .addParameter(RegistersFile.className(), "s")
                        .build())
                .addMethod(ofMethod(analysis, cell))
                .addMethod(cellMethod(analysis, cell));
        for (Uop uop : analysis.uops()) {
            type.addType(subclass(uop, cell));
        }
        return JavaOutput.file(type.build(), "tier 2");
    }

    private static FieldSpec field(TypeName type, String name, String doc) {
        return FieldSpec.builder(type, name, Modifier.FINAL).addJavadoc(doc + "\n").build();
    }

    private static MethodSpec ofMethod(Analysis analysis, ClassName cell) {
        CodeBlock successor = analysis.uop(UopInterpreterFile.LOOP_CLOSE).isPresent()
                ? CodeBlock.of("uops[i] == Uops.$L ? (int) operands[i] : i + 1", UopInterpreterFile.LOOP_CLOSE)
                : CodeBlock.of("i + 1");
        return MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("""
                        The cells of a trace given as parallel arrays: uop ids, opargs, operands and targets. The loop
                        close ({@code _JUMP_TO_TOP}) is followed by the uop its operand names, every other uop by the next.
                        """)
                .returns(ArrayTypeName.of(cell))
                .addParameter(int[].class, "uops")
                .addParameter(int[].class, "opargs")
                .addParameter(long[].class, "operands")
                .addParameter(int[].class, "targets")
                .addStatement("$T[] cells = new $T[uops.length]", cell, cell)
                .beginControlFlow("for (int i = 0; i < uops.length; i++)")
                .addStatement("int successor = $L", successor)
                .addStatement("cells[i] = cell(uops[i], opargs[i], operands[i], targets[i], successor)")
                .endControlFlow()
                .addStatement("return cells")
                .build();
    }

    private static MethodSpec cellMethod(Analysis analysis, ClassName cell) {
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch (uop) {\n").indent();
        for (Uop uop : analysis.uops()) {
            cases.add("case Uops.$L -> new $L(oparg, operand, target, successor);\n", uop.name(), uop.name());
        }
        cases.add("default -> throw new $T(\"invalid uop \" + uop);\n", IllegalArgumentException.class)
                .unindent()
                .add("};\n");
        return MethodSpec.methodBuilder("cell")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(cell)
                .addParameter(TypeName.INT, "uop")
                .addParameter(TypeName.LONG, "oparg")
                .addParameter(TypeName.LONG, "operand")
                .addParameter(TypeName.INT, "target")
                .addParameter(TypeName.INT, "successor")
                .addCode(cases.build())
                .build();
    }

    /** A replica {@code NAME_k} calls its op's body with its oparg as a constant, which HotSpot folds. */
    private static TypeSpec subclass(Uop uop, ClassName cell) {
        String oparg = uop.fixedOparg().isPresent() ? uop.fixedOparg().getAsInt() + "L" : "oparg";
        return TypeSpec.classBuilder(uop.name())
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .superclass(cell)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(TypeName.LONG, "oparg")
                        .addParameter(TypeName.LONG, "operand")
                        .addParameter(TypeName.INT, "target")
                        .addParameter(TypeName.INT, "successor")
                        .addStatement("super(Uops.$L, oparg, operand, target, successor)", uop.name())
                        .build())
                .addMethod(MethodSpec.methodBuilder("execute")
                        .addAnnotation(Override.class)
                        .returns(TypeName.INT)
                        .addParameter(RegistersFile.className(), "s")
                        .addStatement("return $L.$L(s, $L, operand)", UopInterpreterFile.NAME, uop.op().name(), oparg)
                        .build())
                .build();
    }
}
