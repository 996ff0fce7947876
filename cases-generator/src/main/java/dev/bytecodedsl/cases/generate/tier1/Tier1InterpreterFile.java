package dev.bytecodedsl.cases.generate.tier1;

import dev.bytecodedsl.cases.generate.java.StatusFields;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.analysis.Instruction;
import dev.bytecodedsl.grammar.ast.Statements;
import dev.bytecodedsl.grammar.ast.Stmt;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.java.BodyLowering;
import dev.bytecodedsl.cases.generate.java.InterpreterContextFile;
import dev.bytecodedsl.cases.generate.java.LabelMethods;
import dev.bytecodedsl.cases.generate.lower.Labels;
import dev.bytecodedsl.cases.generate.java.RegistersFile;
import dev.bytecodedsl.cases.generate.java.JavaOutput;
import dev.bytecodedsl.cases.generate.java.OpEmitter;
import java.lang.foreign.MemorySegment;
import javax.lang.model.element.Modifier;

/**
 * {@code Tier1Interpreter}: the specializing bytecode interpreter. One static method per instruction
 * (kept small so the JIT compiles and inlines them; one giant loop method would exceed HotSpot's
 * size limit for compilation), a dispatch switch over opcodes, and a loop that handles what
 * instructions report: continue, re-dispatch after quickening, the eval breaker, or a label.
 */
final class Tier1InterpreterFile {

    static final String NAME = "Tier1Interpreter";
    static final String NEXT = "NEXT";
    static final String DISPATCH_SAME = "DISPATCH_SAME";
    static final String CHECK_EVAL_BREAKER = "CHECK_EVAL_BREAKER";
    static final String FRAME_SWITCHED = "FRAME_SWITCHED";

    private Tier1InterpreterFile() {}

    static GeneratedFile generate(Analysis analysis) {
        Labels labels = Labels.of(analysis.declarations());
        ClassName registers = JavaOutput.className(RegistersFile.NAME);
        TypeSpec.Builder type = TypeSpec.classBuilder(NAME)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        The tier-1 interpreter: executes code units, specializing instructions in place through
                        the {@code specialize_*} helpers. Entered with {@link #run} for the runtime's current
                        frame; returns when that frame returns (its result) or unwinds (NULL).
                        """)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addField(StatusFields.field(NEXT, 0, "The instruction finished; dispatch the next one."))
                .addField(StatusFields.field(DISPATCH_SAME, 1, "The instruction was rewritten; dispatch it again."))
                .addField(StatusFields.field(CHECK_EVAL_BREAKER, 2, "The instruction finished at an eval-breaker point."));
        boolean switchesFrames = uses(analysis, Stmt.ReloadFrame.class);
        if (switchesFrames) {
            // Negative: the label codes are shared with traces, which have no such status.
            type.addField(StatusFields.field(FRAME_SWITCHED, -1,
                    "The instruction switched frames (RELOAD_FRAME); resume the new current frame."));
        }
        type.addFields(StatusFields.of(labels));
        type.addMethod(runMethod(registers))
                .addMethod(loopMethod(registers, labels, false, switchesFrames))
                .addMethod(loopMethod(registers, labels, true, switchesFrames))
                .addMethod(dispatchMethod(analysis, registers));
        if (uses(analysis, Stmt.DispatchExtendedOparg.class)) {
            type.addMethod(dispatchExtendedMethod(registers));
        }
        LabelMethods.generate(analysis.declarations(), registers, labels).forEach(type::addMethod);
        for (Instruction instruction : analysis.instructions()) {
            type.addMethod(InstructionMethod.generate(analysis.declarations(), instruction, registers, labels));
        }
        type.addMethod(cacheReader("read32", 2, "A 32-bit inline-cache entry (little-endian code units)."))
                .addMethod(cacheReader("read64", 4, "A 64-bit inline-cache entry (little-endian code units)."));
        return JavaOutput.file(type.build(), "tier 1");
    }

    private static boolean uses(Analysis analysis, Class<? extends Stmt> statement) {
        return analysis.ops().stream().anyMatch(op -> Statements.all(op.definition().body()).stream()
                .anyMatch(statement::isInstance));
    }

    private static MethodSpec runMethod(ClassName registers) {
        return MethodSpec.methodBuilder("run")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(TypeName.LONG)
                .addParameter(JavaOutput.className(InterpreterContextFile.NAME), "ctx")
                .addJavadoc("Runs the context's current frame until it returns; the result Value, or NULL with an exception pending.\n")
                .addStatement("$T s = new $T(ctx)", registers, registers)
                .addComment("Statistics count every dispatch in a loop of their own, so the plain loop tests for nothing.")
                .addStatement("return s.stats ? runCounting(ctx, s) : runPlain(ctx, s)")
                .build();
    }

    /**
     * The dispatch loop; {@code counting} adds the count of every dispatch (--stats). An instruction
     * that switched frames ({@code switchesFrames}: the DSL uses RELOAD_FRAME) resumes the new frame
     * as a label does.
     */
    private static MethodSpec loopMethod(ClassName registers, Labels labels, boolean counting,
                                         boolean switchesFrames) {
        CodeBlock label = switchesFrames
                ? CodeBlock.builder().addStatement("if (status != $L) runLabel(s, status)", FRAME_SWITCHED).build()
                : CodeBlock.builder().addStatement("runLabel(s, status)").build();
        MethodSpec.Builder loop = MethodSpec.methodBuilder(counting ? "runCounting" : "runPlain")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(TypeName.LONG)
                .addParameter(JavaOutput.className(InterpreterContextFile.NAME), "ctx")
                .addParameter(registers, "s")
                .beginControlFlow("while (true)")
                .addStatement("int unit = s.code[s.ip]")
                .addStatement("int opcode = unit & 0xFF");
        if (counting) {
            loop.addStatement("ctx.countExecution(opcode)");
        }
        return loop.addStatement("int status = dispatch(s, opcode, unit >>> 8)")
                .beginControlFlow("if (status == $L || status == $L)", NEXT, DISPATCH_SAME)
                .addStatement("continue")
                .endControlFlow()
                .addCode(evalBreaker(labels))
                .addComment(switchesFrames
                        ? "A label, or an instruction that switched frames, ends by resuming wherever the helpers left"
                                + " the current frame."
                        : "A label ends by resuming wherever the helpers left the current frame.")
                .addCode(label)
                .beginControlFlow("if (ctx.entryFrameDone())")
                .addStatement("return ctx.takeEntryResult()")
                .endControlFlow()
                .addStatement("s.reload()")
                .endControlFlow()
                .build();
    }

    /**
     * After an instruction at an eval-breaker point: handle pending events with the state saved, and
     * unwind if that raised. (The analyzer requires an error label whenever an instruction has one.)
     */
    private static CodeBlock evalBreaker(Labels labels) {
        if (!labels.names().contains(Labels.ERROR)) {
            return CodeBlock.of("");
        }
        return CodeBlock.builder()
                .beginControlFlow("if (status == $L)", CHECK_EVAL_BREAKER)
                .beginControlFlow("if (!ctx.evalBreakerPending())")
                .addStatement("continue")
                .endControlFlow()
                .addStatement("ctx.saveState(s.ip, s.ip, s.sp)")
                .beginControlFlow("if (ctx.handleEvalBreaker())")
                .addStatement("continue")
                .endControlFlow()
                .addStatement("status = $L", labels.status(Labels.ERROR))
                .endControlFlow()
                .build();
    }

    /** The instruction after an oparg prefix, with the combined oparg, also when it quickens itself. */
    private static MethodSpec dispatchExtendedMethod(ClassName registers) {
        return MethodSpec.methodBuilder("dispatchExtended")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("Runs the instruction at {@code s.ip} with its oparg extended by a prefix's.\n")
                .returns(TypeName.INT)
                .addParameter(registers, "s")
                .addParameter(TypeName.LONG, "prefix")
                .addStatement("int unit = s.code[s.ip]")
                .addStatement("long oparg = prefix << 8 | unit >>> 8")
                .addStatement("int status = dispatch(s, unit & 0xFF, oparg)")
                .beginControlFlow("while (status == $L)", DISPATCH_SAME)
                .addStatement("status = dispatch(s, s.code[s.ip] & 0xFF, oparg)")
                .endControlFlow()
                .addStatement("return status")
                .build();
    }

    private static MethodSpec dispatchMethod(Analysis analysis, ClassName registers) {
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch (opcode) {\n").indent();
        for (Instruction instruction : analysis.instructions()) {
            cases.add("case Opcodes.$L -> $L(s, oparg);\n", instruction.name(), instruction.name());
        }
        cases.add("default -> throw new $T(\"invalid opcode \" + opcode + \" at code unit \" + s.ip);\n",
                IllegalStateException.class);
        cases.unindent().add("};\n");
        return MethodSpec.methodBuilder("dispatch")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(TypeName.INT)
                .addParameter(registers, "s")
                .addParameter(TypeName.INT, "opcode")
                .addParameter(TypeName.LONG, "oparg")
                .addCode(cases.build())
                .build();
    }



    private static MethodSpec cacheReader(String name, int units, String javadoc) {
        StringBuilder expression = new StringBuilder();
        for (int unit = 0; unit < units; unit++) {
            expression.append(unit == 0 ? "" : " | ").append("(long) code[at + ").append(unit).append("]")
                    .append(unit == 0 ? "" : " << " + 16 * unit);
        }
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.STATIC)
                .addJavadoc(javadoc + "\n")
                .returns(TypeName.LONG)
                .addParameter(char[].class, "code")
                .addParameter(TypeName.INT, "at")
                .addStatement("return $L", expression.toString().replace("(long) code[at + 0]", "(long) code[at]"))
                .build();
    }
}
