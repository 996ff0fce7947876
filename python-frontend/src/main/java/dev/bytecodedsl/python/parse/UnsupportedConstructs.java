package dev.bytecodedsl.python.parse;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourcePos;
import dev.bytecodedsl.python.grammar.PythonSubsetBaseVisitor;
import dev.bytecodedsl.python.grammar.PythonSubsetParser;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Reports every construct the grammar parses only to reject it, naming the construct. It walks the
 * whole tree, including trees with syntax errors (it only reads start tokens), so one run reports
 * every problem of a file; nested constructs are reported too ({@code [lambda: 1 for x in y]}).
 */
final class UnsupportedConstructs extends PythonSubsetBaseVisitor<Void> {

    private final String file;
    private final Diagnostics diagnostics;

    UnsupportedConstructs(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    private Void report(ParserRuleContext ctx, String construct) {
        return report(ctx.start, ctx, construct);
    }

    /** Reports at {@code at} and keeps walking all of {@code ctx}, to find nested problems. */
    private Void report(Token at, ParserRuleContext ctx, String construct) {
        error(at, "unsupported construct: " + construct);
        return visitChildren(ctx);
    }

    private void error(Token at, String message) {
        diagnostics.error(new SourcePos(file, at.getLine(), at.getCharPositionInLine() + 1), message);
    }

    @Override
    public Void visitUnsupportedAnnotatedAssign(PythonSubsetParser.UnsupportedAnnotatedAssignContext ctx) {
        return report(ctx, "annotated assignment");
    }

    @Override
    public Void visitUnsupportedImport(PythonSubsetParser.UnsupportedImportContext ctx) {
        return report(ctx, "import statement");
    }


    @Override
    public Void visitUnsupportedAssert(PythonSubsetParser.UnsupportedAssertContext ctx) {
        return report(ctx, "assert statement");
    }

    @Override
    public Void visitUnsupportedNonlocal(PythonSubsetParser.UnsupportedNonlocalContext ctx) {
        return report(ctx, "nonlocal statement");
    }

    @Override
    public Void visitUnsupportedDecorator(PythonSubsetParser.UnsupportedDecoratorContext ctx) {
        return report(ctx, "decorator");
    }

    @Override
    public Void visitUnsupportedWith(PythonSubsetParser.UnsupportedWithContext ctx) {
        return report(ctx, "with statement");
    }

    @Override
    public Void visitUnsupportedAsync(PythonSubsetParser.UnsupportedAsyncContext ctx) {
        return report(ctx, "async");
    }

    @Override
    public Void visitUnsupportedStarParam(PythonSubsetParser.UnsupportedStarParamContext ctx) {
        return report(ctx, "star parameter ('" + ctx.start.getText() + "')");
    }

    @Override
    public Void visitUnsupportedStarred(PythonSubsetParser.UnsupportedStarredContext ctx) {
        return report(ctx, "starred expression");
    }

    @Override
    public Void visitUnsupportedLambda(PythonSubsetParser.UnsupportedLambdaContext ctx) {
        return report(ctx, "lambda");
    }

    @Override
    public Void visitUnsupportedWalrus(PythonSubsetParser.UnsupportedWalrusContext ctx) {
        return report(ctx, "assignment expression (:=)");
    }

    @Override
    public Void visitUnsupportedYieldExpr(PythonSubsetParser.UnsupportedYieldExprContext ctx) {
        return report(ctx, "yield");
    }

    @Override
    public Void visitUnsupportedAwait(PythonSubsetParser.UnsupportedAwaitContext ctx) {
        return report(ctx, "await");
    }

    @Override
    public Void visitUnsupportedMultiSubscript(PythonSubsetParser.UnsupportedMultiSubscriptContext ctx) {
        return report(ctx, "multi-dimensional subscript");
    }

    @Override
    public Void visitUnsupportedGeneratorArg(PythonSubsetParser.UnsupportedGeneratorArgContext ctx) {
        return report(ctx, "generator expression");
    }

    @Override
    public Void visitUnsupportedStarArg(PythonSubsetParser.UnsupportedStarArgContext ctx) {
        return report(ctx, "star-args argument ('" + ctx.start.getText() + "')");
    }

    @Override
    public Void visitUnsupportedGenerator(PythonSubsetParser.UnsupportedGeneratorContext ctx) {
        return report(ctx, "generator expression");
    }

    @Override
    public Void visitUnsupportedListComp(PythonSubsetParser.UnsupportedListCompContext ctx) {
        return report(ctx, "list comprehension");
    }

    @Override
    public Void visitUnsupportedDictComp(PythonSubsetParser.UnsupportedDictCompContext ctx) {
        return report(ctx, "dict comprehension");
    }

    @Override
    public Void visitUnsupportedSetComp(PythonSubsetParser.UnsupportedSetCompContext ctx) {
        return report(ctx, "set comprehension");
    }

    @Override
    public Void visitUnsupportedSetDisplay(PythonSubsetParser.UnsupportedSetDisplayContext ctx) {
        return report(ctx, "set display");
    }

    @Override
    public Void visitUnsupportedComplex(PythonSubsetParser.UnsupportedComplexContext ctx) {
        return report(ctx, "complex literal");
    }

    @Override
    public Void visitUnsupportedFString(PythonSubsetParser.UnsupportedFStringContext ctx) {
        Token fstring = ctx.FSTRING().isEmpty() ? ctx.start : ctx.FSTRING(0).getSymbol();
        return report(fstring, ctx, "f-string");
    }

    @Override
    public Void visitUnsupportedBytes(PythonSubsetParser.UnsupportedBytesContext ctx) {
        return report(ctx, "bytes literal");
    }

    @Override
    public Void visitUnsupportedEllipsis(PythonSubsetParser.UnsupportedEllipsisContext ctx) {
        return report(ctx, "Ellipsis literal");
    }

    @Override
    public Void visitUnsupportedDictUnpack(PythonSubsetParser.UnsupportedDictUnpackContext ctx) {
        return report(ctx, "dict unpacking (**)");
    }

    @Override
    public Void visitTermOp(PythonSubsetParser.TermOpContext ctx) {
        return ctx.getText().equals("@") ? report(ctx, "matrix multiplication (@)") : visitChildren(ctx);
    }

    @Override
    public Void visitPlainParam(PythonSubsetParser.PlainParamContext ctx) {
        return ctx.annotation != null ? report(ctx.annotation.start, ctx, "parameter annotation") : visitChildren(ctx);
    }

    @Override
    public Void visitReturnAnnotation(PythonSubsetParser.ReturnAnnotationContext ctx) {
        return report(ctx, "return annotation");
    }

    @Override
    public Void visitClassDef(PythonSubsetParser.ClassDefContext ctx) {
        var args = ctx.arglist() == null ? List.<PythonSubsetParser.ArgumentContext>of() : ctx.arglist().argument();
        if (args.size() > 1) {
            return report(args.get(1).start, ctx, "multiple inheritance");
        }
        if (args.size() == 1 && !(args.getFirst() instanceof PythonSubsetParser.PositionalArgContext)) {
            return report(args.getFirst().start, ctx, "class keyword argument");
        }
        return visitChildren(ctx);
    }

    @Override
    public Void visitWhile(PythonSubsetParser.WhileContext ctx) {
        return ctx.elseClause() != null ? report(ctx.elseClause().start, ctx, "else clause on a loop") : visitChildren(ctx);
    }

    @Override
    public Void visitFor(PythonSubsetParser.ForContext ctx) {
        return ctx.elseClause() != null ? report(ctx.elseClause().start, ctx, "else clause on a loop") : visitChildren(ctx);
    }

    @Override
    public Void visitTry(PythonSubsetParser.TryContext ctx) {
        if (ctx.elseClause() != null) {
            error(ctx.elseClause().start, "unsupported construct: else clause on try");
        }
        if (ctx.finallyClause() != null) {
            error(ctx.finallyClause().start, "unsupported construct: finally clause");
        } else if (ctx.exceptClause().isEmpty()) {
            error(ctx.start, "syntax error: try statement needs at least one except clause");
        }
        return visitChildren(ctx);
    }
}
