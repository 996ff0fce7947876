package dev.bytecodedsl.grammar.parse;

import dev.bytecodedsl.diagnostics.CollectingErrorListener;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.grammar.BytecodeDslLexer;
import dev.bytecodedsl.grammar.BytecodeDslParser;
import dev.bytecodedsl.grammar.ast.DslFile;
import java.util.Optional;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/**
 * Front door of the front end: DSL text in, AST out. Syntax errors are collected (ANTLR recovers and
 * keeps going, so one run reports them all); when there are any, no AST is built, because the
 * analysis of a half-parsed file would only add follow-on noise.
 */
public final class DslParser {

    private DslParser() {}

    /**
     * Parses on a thread with a large stack ({@link BigStack}): ANTLR's prediction recurses per
     * nesting level before the depth limits can stop it, and how deep an ordinary thread's stack
     * goes depends on the JVM (a fresh JVM overflowed on 5,000 chained {@code else if}s).
     */
    public static Optional<DslFile> parse(SourceFile source, Diagnostics diagnostics) {
        try {
            return BigStack.call(() -> parseHere(source, diagnostics));
        } catch (dev.bytecodedsl.diagnostics.DslException e) {
            throw new IllegalStateException("parsing reports diagnostics, it does not throw them", e);
        }
    }

    private static Optional<DslFile> parseHere(SourceFile source, Diagnostics diagnostics) {
        diagnostics.addSource(source);
        int errorsBefore = diagnostics.errorCount();
        var listener = new CollectingErrorListener(source.name(), diagnostics);

        var lexer = new BytecodeDslLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener);
        var tokens = new CommonTokenStream(lexer);
        tokens.fill();
        if (!NestingLimits.checkBrackets(tokens.getTokens(), source.name(), diagnostics)) {
            return Optional.empty();
        }
        var parser = new DepthLimitedParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(listener);

        BytecodeDslParser.FileContext tree;
        try {
            tree = parser.file();
        } catch (DepthLimitedParser.TooDeep e) {
            diagnostics.error(NestingLimits.pos(source.name(), e.token), e.message);
            return Optional.empty();
        }
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new AstBuilder(source.name(), diagnostics).file(tree));
    }
}
