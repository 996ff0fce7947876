package dev.bytecodedsl.cases.generate.metadata;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.analysis.Instruction;
import dev.bytecodedsl.cases.analysis.TraceRoles;
import dev.bytecodedsl.cases.analysis.Uop;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.java.JavaOutput;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * {@code GeneratedInstructionSet}: the DSL's metadata as the runtime kit reads it (its one
 * hand-written interface, {@code dev.bytecodedsl.kit.InstructionSet}), so the kit's trace machinery
 * works over any DSL. Only delegation to the other metadata classes, and the roles found by their
 * CPython names ({@link TraceRoles}): -1 for those the DSL does not declare.
 */
final class InstructionSetFile {

    static final String NAME = "GeneratedInstructionSet";
    private static final String KIT = "dev.bytecodedsl.kit";
    private static final ClassName INSTRUCTION_SET = ClassName.get(KIT, "InstructionSet");
    private static final ClassName OPCODE_ROLES = ClassName.get(KIT, "OpcodeRoles");
    private static final ClassName UOP_ROLES = ClassName.get(KIT, "UopRoles");
    private static final TypeName INT_ARRAY = TypeName.get(int[].class);
    private static final TypeName STRING = TypeName.get(String.class);

    private InstructionSetFile() {}

    static GeneratedFile generate(Analysis analysis) {
        TraceRoles roles = TraceRoles.of(analysis);
        ClassName self = JavaOutput.className(NAME);
        String returns = roles.returns().stream().map(i -> "Opcodes." + i.name()).collect(Collectors.joining(", "));
        TypeSpec type = TypeSpec.classBuilder(NAME)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(INSTRUCTION_SET)
                .addJavadoc("This instruction set's metadata for the runtime kit (trace projection, executors).\n")
                .addField(FieldSpec.builder(self, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", self)
                        .build())
                .addField(FieldSpec.builder(OPCODE_ROLES, "OPCODE_ROLES", Modifier.PRIVATE, Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("new $T($L, $L, $L, $L, $T.of($L))", OPCODE_ROLES, opcode(roles.extendedArg()),
                                opcode(roles.jumpBackward()), opcode(roles.jumpForward()),
                                opcode(roles.enterExecutor()), Set.class, returns)
                        .build())
                .addField(FieldSpec.builder(UOP_ROLES, "UOP_ROLES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T($L, $L, $L, $L, $L, $L, $L, $L, $L, $L, $L, $L)", UOP_ROLES,
                                uop(roles.startExecutor()), uop(roles.checkValidity()), uop(roles.setIp()),
                                uop(roles.jumpToTop()), uop(roles.checkPeriodic()), uop(roles.exitTrace()),
                                uop(roles.nop()), uop(roles.popTop()), uop(roles.loadConstInline()),
                                uop(roles.pushFrame()), uop(roles.popFrame()), uop(roles.checkCaller()))
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(method("opcodeName", STRING, "opcode", "return Opcodes.name(opcode)"))
                .addMethod(method("cacheSize", TypeName.INT, "opcode", "return OpcodeMetadata.CACHE_SIZE[opcode]"))
                .addMethod(method("expansion", INT_ARRAY, "opcode", "return OpcodeMetadata.EXPANSION[opcode]"))
                .addMethod(method("takenExpansion", INT_ARRAY, "opcode",
                        "return OpcodeMetadata.TAKEN_EXPANSION[opcode]"))
                .addMethod(method("branchHistory", TypeName.INT, "opcode",
                        "return OpcodeMetadata.BRANCH_HISTORY[opcode]"))
                .addMethod(method("uopLimit", TypeName.INT, null, "return Uops.LIMIT"))
                .addMethod(method("uopName", STRING, "uop", "return Uops.name(uop)"))
                .addMethod(method("uopEscapes", TypeName.BOOLEAN, "uop",
                        "return (UopMetadata.FLAGS[uop] & OpcodeFlags.ESCAPES) != 0"))
                .addMethod(method("uopIsGuard", TypeName.BOOLEAN, "uop",
                        "return (UopMetadata.FLAGS[uop] & OpcodeFlags.GUARD) != 0"))
                .addMethod(method("uopIsPure", TypeName.BOOLEAN, "uop",
                        "return (UopMetadata.FLAGS[uop] & OpcodeFlags.PURE) != 0"))
                .addMethod(stackEffect("uopPopped", "popped"))
                .addMethod(stackEffect("uopPushed", "pushed"))
                .addMethod(method("operandSize", TypeName.INT, "uop", "return UopMetadata.OPERAND_SIZE[uop]"))
                .addMethod(method("fixedOparg", TypeName.INT, "uop", "return UopMetadata.FIXED_OPARG[uop]"))
                .addMethod(method("replicaOf", TypeName.INT, "uop", "return UopMetadata.REPLICA_OF[uop]"))
                .addMethod(method("opcodeRoles", OPCODE_ROLES, null, "return OPCODE_ROLES"))
                .addMethod(method("uopRoles", UOP_ROLES, null, "return UOP_ROLES"))
                .build();
        return JavaOutput.file(type, "metadata");
    }

    private static String opcode(Optional<Instruction> instruction) {
        return instruction.map(i -> "Opcodes." + i.name()).orElse("-1");
    }

    private static String uop(Optional<Uop> uop) {
        return uop.map(u -> "Uops." + u.name()).orElse("-1");
    }

    /** {@code uopPopped(uop, oparg)}: the generated stack-effect method of that name. */
    private static MethodSpec stackEffect(String name, String metadataMethod) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addParameter(TypeName.INT, "uop")
                .addParameter(TypeName.INT, "oparg")
                .addStatement("return UopMetadata.$L(uop, oparg)", metadataMethod)
                .build();
    }

    private static MethodSpec method(String name, TypeName returns, String parameter, String statement) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns)
                .addCode(CodeBlock.builder().addStatement(statement).build());
        if (parameter != null) {
            method.addParameter(TypeName.INT, parameter);
        }
        return method.build();
    }
}
