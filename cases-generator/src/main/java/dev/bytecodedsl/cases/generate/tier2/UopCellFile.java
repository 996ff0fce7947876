package dev.bytecodedsl.cases.generate.tier2;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.analysis.Uop;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.java.JavaOutput;
import dev.bytecodedsl.cases.generate.java.RegistersFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * is small enough that its body is always inlined into it, and each is compiled on its own. The
 * uops of one instruction share one cell where they can ({@link FusedCells}).
 */
final class UopCellFile {

    static final String NAME = "UopCell";

    private UopCellFile() {}

    static ClassName className() {
        return JavaOutput.className(NAME);
    }

    static GeneratedFile generate(Analysis analysis) {
        ClassName cell = className();
        ClassName uopContext = JavaOutput.className(UopContextFile.NAME);
        List<List<Uop>> fusions = FusedCells.fusions(analysis);
        TypeSpec.Builder type = TypeSpec.classBuilder(NAME)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addJavadoc("""
                        One uop of a trace as the uop interpreter runs it: decoded once, when the executor is made,
                        into an instance of the uop's own subclass, whose {@link #execute} runs the uop's body, or
                        with the other uops of its instruction into a fused cell, which runs them one after the other.
                        """)
                .addField(FieldSpec.builder(TypeName.INT, "PART_SHIFT", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("A fused cell's status carries, from this bit up, which of its uops stopped it.\n")
                        .initializer("$L", FusedCells.PART_SHIFT)
                        .build())
                .addField(FusedCells.table(fusions))
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
                .addMethod(MethodSpec.methodBuilder("countUops")
                        .addJavadoc("With --stats: counts the uops this cell ran, given the status {@link #execute} returned.\n")
                        .addParameter(uopContext, "ctx")
                        .addParameter(TypeName.INT, "status")
                        .addStatement("ctx.countUop(uop)")
                        .build())
                .addMethod(ofMethod(analysis, cell))
                .addMethod(FusedCells.matcher())
                .addMethod(cellMethod(analysis, cell))
                .addMethod(FusedCells.factory(fusions, cell));
        for (Uop uop : analysis.uops()) {
            type.addType(subclass(uop, cell));
        }
        for (List<Uop> fusion : fusions) {
            type.addType(FusedCells.subclass(fusion, cell, uopContext));
        }
        return JavaOutput.file(type.build(), "tier 2");
    }

    private static FieldSpec field(TypeName type, String name, String doc) {
        return FieldSpec.builder(type, name, Modifier.FINAL).addJavadoc(doc + "\n").build();
    }

    private static MethodSpec ofMethod(Analysis analysis, ClassName cell) {
        boolean loops = analysis.uop(UopInterpreterFile.LOOP_CLOSE).isPresent();
        MethodSpec.Builder of = MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("""
                        The cells of a trace given as parallel arrays: uop ids, opargs, operands and targets. A cell
                        stands at the index of its (first) uop; the slots of a fused cell's other uops stay null. The
                        loop close ({@code _JUMP_TO_TOP}) is followed by the uop its operand names, every other cell
                        by the one after its last uop.
                        """)
                .returns(ArrayTypeName.of(cell))
                .addParameter(int[].class, "uops")
                .addParameter(int[].class, "opargs")
                .addParameter(long[].class, "operands")
                .addParameter(int[].class, "targets")
                .addStatement("$T[] cells = new $T[uops.length]", cell, cell)
                .addStatement("boolean[] jumpedTo = new boolean[uops.length]");
        if (loops) {
            of.beginControlFlow("for (int i = 0; i < uops.length; i++)")
                    .beginControlFlow("if (uops[i] == Uops.$L)", UopInterpreterFile.LOOP_CLOSE)
                    .addStatement("jumpedTo[(int) operands[i]] = true")
                    .endControlFlow()
                    .endControlFlow();
        }
        CodeBlock successor = loops
                ? CodeBlock.of("uops[i] == Uops.$L ? (int) operands[i] : i + 1", UopInterpreterFile.LOOP_CLOSE)
                : CodeBlock.of("i + 1");
        return of.beginControlFlow("for (int i = 0; i < uops.length; )")
                .addStatement("int fusion = longestFusion(uops, targets, jumpedTo, i)")
                .beginControlFlow("if (fusion < 0)")
                .addStatement("cells[i] = cell(uops[i], opargs[i], operands[i], targets[i], $L)", successor)
                .addStatement("i++")
                .nextControlFlow("else")
                .addStatement("int length = FUSIONS[fusion].length")
                .addStatement("cells[i] = fusedCell(fusion, opargs, operands, i, targets[i], i + length)")
                .addStatement("i += length")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return cells")
                .build();
    }

    /**
     * {@code return switch (selector) { case label -> value; ... default -> throw ...; };} for arms label to value.
     * With no arms (no instruction expands into two or more uops, so there are no fused cells) it is
     * the throw alone: a switch expression whose only arm throws does not compile.
     */
    static CodeBlock returnSwitch(String selector, Map<String, String> arms) {
        if (arms.isEmpty()) {
            return CodeBlock.builder()
                    .addStatement("throw new $T(\"invalid $L \" + $L)", IllegalArgumentException.class, selector, selector)
                    .build();
        }
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch ($L) {\n", selector).indent();
        arms.forEach((label, value) -> cases.add("case $L -> $L;\n", label, value));
        return cases.add("default -> throw new $T(\"invalid $L \" + $L);\n", IllegalArgumentException.class, selector,
                        selector)
                .unindent()
                .add("};\n")
                .build();
    }

    private static MethodSpec cellMethod(Analysis analysis, ClassName cell) {
        Map<String, String> arms = new LinkedHashMap<>();
        for (Uop uop : analysis.uops()) {
            arms.put("Uops." + uop.name(), "new " + uop.name() + "(oparg, operand, target, successor)");
        }
        CodeBlock cases = returnSwitch("uop", arms);
        return MethodSpec.methodBuilder("cell")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(cell)
                .addParameter(TypeName.INT, "uop")
                .addParameter(TypeName.LONG, "oparg")
                .addParameter(TypeName.LONG, "operand")
                .addParameter(TypeName.INT, "target")
                .addParameter(TypeName.INT, "successor")
                .addCode(cases)
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
