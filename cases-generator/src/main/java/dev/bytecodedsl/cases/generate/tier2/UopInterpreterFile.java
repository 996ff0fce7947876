package dev.bytecodedsl.cases.generate.tier2;

import dev.bytecodedsl.cases.generate.java.StatusFields;
import dev.bytecodedsl.kit.trace.UopStatus;
import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.analysis.Op;
import dev.bytecodedsl.cases.generate.DslReferences;
import dev.bytecodedsl.cases.analysis.body.Reachability;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.java.JavaOutput;
import dev.bytecodedsl.cases.generate.java.LabelMethods;
import dev.bytecodedsl.cases.generate.lower.Labels;
import dev.bytecodedsl.cases.generate.java.JavaStack;
import dev.bytecodedsl.cases.generate.java.OpEmitter;
import dev.bytecodedsl.cases.generate.java.RegistersFile;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * {@code UopInterpreter}: runs a trace of uops over the same native frame as tier 1. One static
 * method per op, and a loop over the trace's cells ({@link UopCellFile}: each uop decoded once into
 * an object whose {@code execute} calls its op's method, replicas with their fixed oparg). A cell
 * carries the uop's oparg, operand (its cache entry, read when the trace was projected) and target
 * (the code unit of the tier-1 instruction it came from, where tier 1 resumes when it leaves the
 * trace, and the instruction offset escaping and raising uops report).
 */
final class UopInterpreterFile {

    static final String NAME = "UopInterpreter";
    static final String NEXT = "NEXT";
    static final String EXIT = "EXIT";
    static final String CHECK_EVAL_BREAKER = "CHECK_EVAL_BREAKER";
    /**
     * The uop that closes a loop: after it, the trace continues at the uop its operand names (0 as
     * projected; later when the optimizer peeled the loop's first iteration).
     */
    static final String LOOP_CLOSE = "_JUMP_TO_TOP";

    /** The runtime kit's view of a trace interpreter, which generated code implements. */
    static final ClassName TRACE_INTERPRETER = ClassName.get("dev.bytecodedsl.kit.trace", "TraceInterpreter");
    static final ClassName TRACE_RUNNER = ClassName.get("dev.bytecodedsl.kit.trace", "TraceRunner");

    private UopInterpreterFile() {}

    static GeneratedFile generate(Analysis analysis) {
        Labels labels = Labels.of(analysis.declarations());
        ClassName registers = RegistersFile.className();
        TypeSpec.Builder type = TypeSpec.classBuilder(NAME)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        The tier-2 uop interpreter: runs an optimized trace on the current frame until a uop
                        leaves it (a side exit or the end of the projection) or an error is unwound.
                        """)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addField(StatusFields.field(NEXT, UopStatus.NEXT, "The uop finished; run the next one."))
                .addField(published(StatusFields.field(EXIT, UopStatus.EXIT,
                        "The uop left the trace; tier 1 resumes at its instruction.")))
                .addField(published(StatusFields.field(CHECK_EVAL_BREAKER, UopStatus.CHECK_EVAL_BREAKER,
                        "The uop finished at an eval-breaker point.")))
                .addField(FieldSpec.builder(TypeName.INT, "LEFT_THROUGH_LABEL", Modifier.PUBLIC, Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("$T.LEFT_THROUGH_LABEL", TRACE_RUNNER)
                        .addJavadoc("What {@link #run} returns after an error was unwound (or another label ran).\n")
                        .build())
                .addField(tracesField(UopCellFile.className()));
        StatusFields.of(labels).forEach(field -> type.addField(published(field)));
        Map<String, Op> ops = new LinkedHashMap<>();
        analysis.uops().forEach(uop -> ops.putIfAbsent(uop.op().name(), uop.op()));
        type.addMethod(runMethod(registers))
                .addMethod(loopMethod(registers, labels, false))
                .addMethod(loopMethod(registers, labels, true))
                .addMethod(runLabelAfterNativeMethod(registers));
        LabelMethods.generate(analysis.declarations(), registers, labels).forEach(type::addMethod);
        for (Op op : ops.values()) {
            type.addMethod(uopMethod(analysis, op, registers, labels));
        }
        return JavaOutput.file(type.build(), "tier 2");
    }

    private static MethodSpec runMethod(ClassName registers) {
        ClassName cell = UopCellFile.className();
        return MethodSpec.methodBuilder("run")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(TypeName.INT)
                .addJavadoc("""
                        Runs a trace (its cells, {@link $T#of}) from its first uop on the context's current frame, whose
                        stack pointer is {@code sp}. Returns the index of the uop that left the trace, or
                        {@link #LEFT_THROUGH_LABEL}; either way the context's last {@code saveState} says where
                        tier 1 resumes (for an exit: the exiting uop's target and the stack pointer it found).
                        """, cell)
                .addParameter(JavaOutput.className(UopContextFile.NAME), "ctx")
                .addParameter(TypeName.INT, "sp")
                .addParameter(ArrayTypeName.of(cell), "cells")
                .addStatement("$T s = new $T(ctx)", registers, registers)
                .addStatement("s.sp = sp")
                .addComment("Statistics count every uop in a loop of their own, so the plain loop tests for nothing.")
                .addStatement("return s.stats ? runCounting(ctx, s, cells) : runPlain(ctx, s, cells)")
                .build();
    }

    /** The loop over the cells; {@code counting} adds the count of the uops each cell ran (--stats). */
    private static MethodSpec loopMethod(ClassName registers, Labels labels, boolean counting) {
        ClassName cell = UopCellFile.className();
        MethodSpec.Builder run = MethodSpec.methodBuilder(counting ? "runCounting" : "runPlain")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(TypeName.INT)
                .addParameter(JavaOutput.className(UopContextFile.NAME), "ctx")
                .addParameter(registers, "s")
                .addParameter(ArrayTypeName.of(cell), "cells")
                .addStatement("int pc = 0")
                .beginControlFlow("while (true)")
                .addStatement("$T cell = cells[pc]", cell)
                .addStatement("s.ip = cell.target")
                .addStatement("int status = cell.execute(s)");
        if (counting) {
            run.addStatement("cell.countUops(ctx, status)");
        }
        run.beginControlFlow("if (status == $L)", NEXT)
                .addStatement("pc = cell.successor")
                .addStatement("continue")
                .endControlFlow()
                .addCode("// A fused cell says which of its uops stopped it (they share the cell's target).\n")
                .addStatement("pc += status >>> $T.PART_SHIFT", cell)
                .addStatement("status &= (1 << $T.PART_SHIFT) - 1", cell)
                .beginControlFlow("if (status == $L)", EXIT)
                .addStatement("ctx.saveState(s.ip, s.ip, s.sp)")
                .addStatement("return pc")
                .endControlFlow();
        if (labels.names().contains(Labels.ERROR)) {
            run.beginControlFlow("if (status == $L)", CHECK_EVAL_BREAKER)
                    .addStatement("pc = cell.successor")
                    .beginControlFlow("if (!ctx.evalBreakerPending())")
                    .addStatement("continue")
                    .endControlFlow()
                    .addStatement("ctx.saveState(cells[pc].target, cells[pc].target, s.sp)")
                    .beginControlFlow("if (ctx.handleEvalBreaker())")
                    .addStatement("continue")
                    .endControlFlow()
                    .addStatement("status = $L", labels.status(Labels.ERROR))
                    .endControlFlow();
        }
        return run.addStatement("runLabel(s, status)")
                .addStatement("return LEFT_THROUGH_LABEL")
                .endControlFlow()
                .build();
    }

    /**
     * The runtime kit's way to run a trace on this interpreter: decode it into cells once (when its
     * executor first runs interpreted), then run them.
     */
    private static FieldSpec tracesField(ClassName cell) {
        ClassName context = JavaOutput.className(UopContextFile.NAME);
        return FieldSpec.builder(ParameterizedTypeName.get(TRACE_INTERPRETER, context), "TRACES", Modifier.PUBLIC,
                        Modifier.STATIC, Modifier.FINAL)
                .initializer(CodeBlock.builder()
                        .add("trace -> {\n").indent()
                        .addStatement("$T[] cells = $T.of(trace.uops(), trace.opargs(), trace.operands(), trace.targets())",
                                cell, cell)
                        .addStatement("return (ctx, sp) -> run(ctx, sp, cells)")
                        .unindent().add("}")
                        .build())
                .addJavadoc("Runs the runtime kit's traces on this interpreter: each is decoded into cells once, when\n"
                        + "its executor first runs interpreted.\n")
                .build();
    }

    /**
     * The JIT's way back into the labels: a native trace returns a label's status code
     * (docs/jit-abi.md) and the runtime runs the label here, exactly as {@code run} would have.
     */
    private static MethodSpec runLabelAfterNativeMethod(ClassName registers) {
        return MethodSpec.methodBuilder("runLabel")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("""
                        Runs the label whose status code is {@code status} (3 + its index) after a native trace
                        left through it: the leaving uop's target {@code ip} and the stack pointer {@code sp}
                        stand for the registers {@link #run} would have had.
                        """)
                .addParameter(JavaOutput.className(UopContextFile.NAME), "ctx")
                .addParameter(TypeName.INT, "status")
                .addParameter(TypeName.INT, "ip")
                .addParameter(TypeName.INT, "sp")
                .addStatement("$T s = new $T(ctx)", registers, registers)
                .addStatement("s.ip = ip")
                .addStatement("s.sp = sp")
                .addStatement("runLabel(s, status)")
                .build();
    }

    private static MethodSpec uopMethod(Analysis analysis, Op op, ClassName registers, Labels labels) {
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement(JavaStack.nativeStackDeclaration())
                .addStatement("int $L = $L.sp", OpEmitter.SP, OpEmitter.REGISTERS)
                .addStatement("boolean $L = false", OpEmitter.BREAKER);
        new OpEmitter(analysis.declarations(), new UopSemantics(labels)).emit(body, op);
        if (Reachability.completesNormally(op.definition().body())) {
            body.addStatement("$L.sp = $L", OpEmitter.REGISTERS, OpEmitter.SP)
                    .addStatement("return $L ? $L : $L", OpEmitter.BREAKER, CHECK_EVAL_BREAKER, NEXT);
        }
        return MethodSpec.methodBuilder(op.name())
                .addModifiers(Modifier.STATIC)
                .addJavadoc("$L\n", DslReferences.of(op.definition()))
                .returns(TypeName.INT)
                .addParameter(registers, OpEmitter.REGISTERS)
                .addParameter(TypeName.LONG, "oparg")
                .addParameter(TypeName.LONG, OpEmitter.OPERAND)
                .addCode(body.build())
                .build();
    }

    /** Statuses JIT-compiled traces return too (docs/jit-abi.md): the runtime reads them from here. */
    private static FieldSpec published(FieldSpec status) {
        return status.toBuilder().addModifiers(Modifier.PUBLIC).build();
    }
}
