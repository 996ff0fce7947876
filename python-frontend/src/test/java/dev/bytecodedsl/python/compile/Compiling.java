package dev.bytecodedsl.python.compile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.diagnostics.Diagnostic;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import java.util.List;
import java.util.Optional;

/** Test helpers: compile a snippet, find a nested code object, or collect the error headlines. */
final class Compiling {

    private Compiling() {}

    static CodeObject module(String text) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<CodeObject> code = PythonCompiler.compile(new SourceFile("prog.py", text), diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics::render);
        return code.orElseThrow();
    }

    /** The first function or class body named {@code name}, searched depth-first. */
    static CodeObject function(String text, String name) {
        return find(module(text), name).orElseThrow(() -> new AssertionError("no code object " + name));
    }

    private static Optional<CodeObject> find(CodeObject code, String name) {
        if (code.name().equals(name)) {
            return Optional.of(code);
        }
        return code.constants().stream()
                .flatMap(c -> c instanceof Constant.CodeConst k ? find(k.code(), name).stream() : java.util.stream.Stream.empty())
                .findFirst();
    }

    static List<String> errors(String text) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<CodeObject> code = PythonCompiler.compile(new SourceFile("prog.py", text), diagnostics);
        assertTrue(code.isEmpty(), "expected errors");
        return diagnostics.all().stream().map(Diagnostic::headline).toList();
    }

    /** One decoded instruction: offset, opcode, oparg. */
    record Ins(int offset, int opcode, int oparg) {}

    static List<Ins> instructions(CodeObject code) {
        char[] units = code.code();
        List<Ins> out = new java.util.ArrayList<>();
        for (int offset = 0; offset < units.length; ) {
            int opcode = units[offset] & 0xFF;
            out.add(new Ins(offset, opcode, units[offset] >>> 8));
            offset += 1 + dev.bytecodedsl.generated.OpcodeMetadata.CACHE_SIZE[opcode];
        }
        return out;
    }

    static List<String> opnames(CodeObject code) {
        return instructions(code).stream().map(i -> dev.bytecodedsl.generated.Opcodes.name(i.opcode())).toList();
    }
}
