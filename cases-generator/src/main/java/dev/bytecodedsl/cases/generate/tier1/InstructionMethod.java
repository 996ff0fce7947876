package dev.bytecodedsl.cases.generate.tier1;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.cases.analysis.Instruction;
import dev.bytecodedsl.cases.generate.DslReferences;
import dev.bytecodedsl.cases.analysis.body.Reachability;
import dev.bytecodedsl.cases.generate.java.JavaOutput;
import dev.bytecodedsl.cases.generate.lower.Labels;
import dev.bytecodedsl.cases.generate.java.JavaStack;
import dev.bytecodedsl.cases.generate.java.OpEmitter;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * One tier-1 instruction as a static method: its ops in order, then the registers updated for the
 * next instruction. Returns a dispatch status ({@link Tier1InterpreterFile}).
 */
final class InstructionMethod {

    private InstructionMethod() {}

    static MethodSpec generate(Declarations declarations, Instruction instruction, ClassName registers, Labels labels) {
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement(JavaStack.nativeStackDeclaration())
                .addStatement("int $L = $L.ip", OpEmitter.IP, OpEmitter.REGISTERS)
                .addStatement("int $L = $L + $L", OpEmitter.AFTER, OpEmitter.IP, 1 + instruction.cacheSize())
                .addStatement("int $L = $L", OpEmitter.NEXT, OpEmitter.AFTER)
                .addStatement("int $L = $L.sp", OpEmitter.SP, OpEmitter.REGISTERS)
                .addStatement("boolean $L = false", OpEmitter.BREAKER);
        boolean reachable = true;
        for (Instruction.Part part : instruction.parts()) {
            if (part instanceof Instruction.Part.OpPart opPart) {
                new OpEmitter(declarations, new InstructionSemantics(instruction, labels, opPart.cacheOffset()))
                        .emit(body, opPart.op());
                if (!Reachability.completesNormally(opPart.op().definition().body())) {
                    reachable = false;
                    break;
                }
            }
        }
        if (reachable) {
            body.addStatement("$L.sp = $L", OpEmitter.REGISTERS, OpEmitter.SP)
                    .addStatement("$L.ip = $L", OpEmitter.REGISTERS, OpEmitter.NEXT)
                    .addStatement("return $L ? $L : $L", OpEmitter.BREAKER, Tier1InterpreterFile.CHECK_EVAL_BREAKER,
                            Tier1InterpreterFile.NEXT);
        }
        String parts = instruction.parts().stream()
                .map(part -> switch (part) {
                    case Instruction.Part.OpPart op -> op.op().name();
                    case Instruction.Part.CacheSkip skip -> "unused/" + skip.cacheSize();
                })
                .collect(Collectors.joining(" + "));
        // inst(NOP), or macro(BINARY_OP_ADD_INT) = _GUARD_BOTH_INT + unused/1 + _BINARY_OP_ADD_INT
        String reference = DslReferences.of(instruction);
        if (reference.startsWith("macro(")) {
            reference += " = " + parts;
        }
        return MethodSpec.methodBuilder(instruction.name())
                .addModifiers(Modifier.STATIC)
                .addJavadoc("$L\n", reference)
                .returns(TypeName.INT)
                .addParameter(registers, OpEmitter.REGISTERS)
                .addParameter(TypeName.LONG, "oparg")
                .addCode(body.build())
                .build();
    }
}
