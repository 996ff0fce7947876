package dev.bytecodedsl.python.compile;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourcePos;
import dev.bytecodedsl.generated.Opcodes;
import dev.bytecodedsl.python.ast.Stmt;
import java.util.List;
import java.util.Map;

/**
 * Compiles one scope's body to a code object: generation (RESUME, the statements, the implicit
 * {@code return None}), then the passes in CPython's order: dead code removal, jump cleanup,
 * LOAD_FAST/LOAD_FAST_CHECK selection, superinstructions, stack depth, assembly. Nested functions
 * and classes come back here through {@link StatementCompiler}.
 */
final class CodeObjectCompiler {

    private final String filename;
    private final Map<Object, Scope> scopes;
    private final Diagnostics diagnostics;

    CodeObjectCompiler(String filename, Map<Object, Scope> scopes, Diagnostics diagnostics) {
        this.filename = filename;
        this.scopes = scopes;
        this.diagnostics = diagnostics;
    }

    CodeObject compileModule(Object moduleNode, List<Stmt> body) {
        return compile(scopes.get(moduleNode), body, 0);
    }

    CodeObject compileFunction(Stmt.FunctionDef f) {
        Scope scope = scopes.get(f);
        return compile(scope, f.body(), scope.firstLine());
    }

    CodeObject compileClassBody(Stmt.ClassDef c) {
        Scope scope = scopes.get(c);
        return compile(scope, c.body(), scope.firstLine());
    }

    /** CPython gives a module's RESUME line 0 (no line) and a function's the line of its def. */
    private CodeObject compile(Scope scope, List<Stmt> body, int resumeLine) {
        int errorsBefore = diagnostics.errorCount();
        CodeUnit unit = new CodeUnit(scope, filename, diagnostics);
        unit.seq.setLine(resumeLine);
        unit.seq.emit(Opcodes.RESUME, 0);
        new StatementCompiler(unit, this).compile(body);
        unit.seq.emit(Opcodes.RETURN_CONST, unit.constant(CodeUnit.NONE));
        if (diagnostics.errorCount() > errorsBefore) {
            return placeholder(scope); // the program will not run; the passes need well-formed code
        }

        ControlFlowGraph cfg = ControlFlowGraph.build(unit.seq);
        cfg.removeUnreachable();
        cfg.removeJumpsToNext();
        DefiniteAssignment.apply(cfg, scope.argCount());
        Superinstructions.apply(cfg);
        StackDepth.Result depth = StackDepth.compute(cfg);
        Assembler.Result assembled = Assembler.assemble(cfg, depth.handlerDepths());
        return new CodeObject(scope.name(), scope.qualname(), filename, scope.firstLine(), scope.argCount(),
                scope.locals().size(), depth.maxDepth(), assembled.code(), unit.constants(), unit.names(),
                scope.locals(), assembled.exceptionTable(), assembled.lineOfUnit(), scope.kind());
    }

    private CodeObject placeholder(Scope scope) {
        return new CodeObject(scope.name(), scope.qualname(), filename, scope.firstLine(), scope.argCount(),
                scope.locals().size(), 0, new char[0], List.of(), List.of(), scope.locals(), List.of(), new int[0],
                scope.kind());
    }
}
