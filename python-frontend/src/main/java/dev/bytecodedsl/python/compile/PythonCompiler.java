package dev.bytecodedsl.python.compile;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.python.ast.Module;
import dev.bytecodedsl.python.parse.PythonParser;
import java.util.Map;
import java.util.Optional;

/**
 * The compiler's front door: a parsed module (or source text) in, the module's code object out, with
 * every function and class body nested in its constants. All errors of the file are reported to
 * {@code diagnostics}; when there is any, no code object is returned. A program nested too deeply
 * throws {@link CompilationLimitError}.
 */
public final class PythonCompiler {

    private PythonCompiler() {}

    public static Optional<CodeObject> compile(Module module, String filename, Diagnostics diagnostics) {
        int errorsBefore = diagnostics.errorCount();
        Map<Object, Scope> scopes = ScopeAnalyzer.analyze(module, diagnostics);
        CodeObject code;
        try {
            code = new CodeObjectCompiler(filename, scopes, diagnostics).compileModule(module, module.body());
        } catch (StackOverflowError e) {
            // The scope analysis bounds the depth, so only a very small Java stack gets here.
            throw CompilationLimitError.recursion();
        }
        return diagnostics.errorCount() > errorsBefore ? Optional.empty() : Optional.of(code);
    }

    /** Parses and compiles; parse errors and compile errors land in the same report. */
    public static Optional<CodeObject> compile(SourceFile source, Diagnostics diagnostics) {
        return PythonParser.parse(source, diagnostics).flatMap(m -> compile(m, source.name(), diagnostics));
    }
}
