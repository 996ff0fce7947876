package dev.bytecodedsl.cases.generate.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import java.lang.foreign.MemorySegment;
import javax.lang.model.element.Modifier;

/**
 * {@code InterpreterContext}: what a generated interpreter needs from the runtime besides the
 * helpers: the running frame (native value stack, code, constants), where to resume after a helper
 * switched frames, statistics and the eval breaker. It does not depend on the DSL, but it is generated
 * with the interpreters so the contract lives in one place and cannot drift from its users.
 */
public final class InterpreterContextFile {

    public static final String NAME = "InterpreterContext";

    private InterpreterContextFile() {}

    public static GeneratedFile generate() {
        TypeSpec type = TypeSpec.interfaceBuilder(NAME)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(JavaOutput.className(HelpersFile.NAME))
                .addJavadoc("""
                        The runtime as the generated interpreters see it.
                        <p>Frames live in one native value stack of 64-bit words: a frame's locals start at
                        {@link #framePointer()}, its value stack follows them, and stack pointers are absolute
                        slot indices (one past the top item). Code units are {@code opcode | oparg << 8}, each
                        instruction followed by its inline-cache units; specialization rewrites them in place.
                        <p>Before every call to an escaping helper the interpreter calls {@link #saveState}; after
                        a helper that may have switched frames (a {@code goto} to a label, an unwound error) it
                        asks {@link #entryFrameDone()} and otherwise reloads everything from this interface.
                        """)
                .addMethod(getter(ClassName.get(MemorySegment.class), "stack",
                        "The native value stack shared by all frames of the thread."))
                .addMethod(getter(ClassName.get(MemorySegment.class), "heapWords",
                        "The heap objects' native words (heap_type, heap_word): four per handle, at byte offset handle * 4; never moves."))
                .addMethod(getter(TypeName.INT, "framePointer", "Slot index of local 0 of the current frame."))
                .addMethod(getter(TypeName.get(char[].class), "code",
                        "The current code object's code units (mutable: quickening rewrites them)."))
                .addMethod(getter(TypeName.get(long[].class), "consts", "The current code object's constants."))
                .addMethod(getter(TypeName.get(long[].class), "names",
                        "The current code object's names, as interned str Values."))
                .addMethod(getter(TypeName.INT, "resumeIp", "The code unit where the current frame resumes."))
                .addMethod(getter(TypeName.INT, "resumeSp", "The stack pointer the current frame resumes with."))
                .addMethod(abstractMethod("saveState", TypeName.VOID,
                                "Records the running instruction before an escaping helper: its first code unit, the code unit after its inline cache, and the stack pointer (its inputs still on the stack).")
                        .addParameter(TypeName.INT, "instrIp")
                        .addParameter(TypeName.INT, "nextIp")
                        .addParameter(TypeName.INT, "sp")
                        .build())
                .addMethod(getter(TypeName.BOOLEAN, "statsEnabled",
                        "Whether to count executions and misses; read once per interpreter invocation."))
                .addMethod(abstractMethod("countExecution", TypeName.VOID, "One execution of an instruction.")
                        .addParameter(TypeName.INT, "opcode")
                        .build())
                .addMethod(abstractMethod("countMiss", TypeName.VOID,
                                "A specialized instruction whose guard failed fell back to its generic form.")
                        .addParameter(TypeName.INT, "opcode")
                        .build())
                .addMethod(getter(TypeName.BOOLEAN, "evalBreakerPending",
                        "Whether something asked to interrupt execution (collection, signal, tier-up); checked at CHECK_EVAL_BREAKER points, after the instruction finished."))
                .addMethod(getter(TypeName.BOOLEAN, "handleEvalBreaker",
                        "Handles what evalBreakerPending announced, with the state saved; false when that raised (an exception is then pending)."))
                .addMethod(getter(TypeName.BOOLEAN, "entryFrameDone",
                        "Whether the frame this interpreter invocation started with has returned or unwound."))
                .addMethod(getter(TypeName.LONG, "takeEntryResult",
                        "The entry frame's return value, or NULL (0) with an exception pending."))
                .build();
        return JavaOutput.file(type, "tier 1");
    }

    private static MethodSpec getter(TypeName type, String name, String javadoc) {
        return abstractMethod(name, type, javadoc).build();
    }

    private static MethodSpec.Builder abstractMethod(String name, TypeName returns, String javadoc) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(returns)
                .addJavadoc(javadoc + "\n");
    }
}
