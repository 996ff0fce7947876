package dev.bytecodedsl.python.parse;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourcePos;
import dev.bytecodedsl.python.grammar.PythonSubsetLexer;
import dev.bytecodedsl.python.grammar.PythonSubsetParser;
import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Wraps the lexer and adds Python's layout tokens: NEWLINE only at the end of a logical line (not
 * inside brackets, not for blank or comment-only lines), INDENT when a line is indented deeper than
 * the previous one and one DEDENT per level it returns by. Keeping this out of the grammar lets
 * the lexer stay context-free.
 *
 * <p>Indentation errors are reported here, once each, and repaired in the token stream so the
 * parser sees a well-formed program and reports nothing more: an unexpected indent opens a
 * "phantom" level that emits neither INDENT nor DEDENT, an inconsistent dedent does the same at its
 * odd width, and a missing indented block is replaced by a synthesized {@code pass} block.
 */
final class PythonTokenSource implements TokenSource {

    /** CPython expands a tab to the next multiple of 8 columns when measuring indentation. */
    private static final int TAB_WIDTH = 8;

    /** CPython's tokenizer limit (MAXLEVEL): deeper nesting is a SyntaxError before any parsing. */
    static final int MAX_BRACKET_DEPTH = 200;

    /** Brackets nested past MAX_BRACKET_DEPTH: parsing stops there (the parser would only recurse deeper). */
    static final class TooManyParentheses extends RuntimeException {
        final SourcePos pos;

        TooManyParentheses(SourcePos pos) {
            super("too many nested parentheses", null, false, false);
            this.pos = pos;
        }
    }

    private final PythonSubsetLexer lexer;
    private final String file;
    private final Diagnostics diagnostics;
    private final Deque<Token> pending = new ArrayDeque<>();
    /** The {@code 'pass'} keyword's token type, for the block synthesized after a missing indent. */
    private static final int PASS = literalType("'pass'");
    private static final int COLON = literalType("':'");

    /**
     * A line's indentation measured twice, as CPython's tokenizer does: {@code width} with tabs to the
     * next multiple of 8 columns, {@code alt} with every tab one column. Two lines whose order differs
     * between the two measures mix tabs and spaces ambiguously: TabError.
     */
    private record Indent(int width, int alt) {}

    /**
     * An open indentation level. A phantom level was opened by an indentation error: the parser never
     * saw an INDENT for it, so closing it emits no DEDENT either.
     */
    private record Level(int width, int alt, boolean phantom) {}

    /** The open levels; the bottom is the module level, 0. */
    private final Deque<Level> indents = new ArrayDeque<>();
    private int bracketDepth;
    private boolean seenCode;
    private int lastType = Token.INVALID_TYPE;
    /** The type of the last code (non-layout) token queued, to tell whether a block may open. */
    private int lastCodeType = Token.INVALID_TYPE;

    PythonTokenSource(PythonSubsetLexer lexer, String file, Diagnostics diagnostics) {
        this.lexer = lexer;
        this.file = file;
        this.diagnostics = diagnostics;
        indents.push(new Level(0, 0, false));
    }

    @Override
    public Token nextToken() {
        if (pending.isEmpty()) {
            fill();
        }
        Token next = pending.poll();
        lastType = next.getType();
        return next;
    }

    private void fill() {
        Token token = lexer.nextToken();
        while (token.getType() == PythonSubsetLexer.NEWLINE && bracketDepth > 0) {
            token = lexer.nextToken(); // implicit line joining
        }
        switch (token.getType()) {
            case PythonSubsetLexer.NEWLINE -> endOfLine(token);
            case Token.EOF -> endOfFile(token);
            default -> {
                if (!seenCode && token.getCharPositionInLine() > 0) {
                    // The first line of the file is indented: CPython says "unexpected indent".
                    int column = token.getCharPositionInLine();
                    indentTo(new Indent(column, column), token);
                }
                code(token);
            }
        }
    }

    /** Collapses blank lines, then compares the next code line's indentation with the open blocks. */
    private void endOfLine(Token newline) {
        Token last = newline;
        Token next = lexer.nextToken();
        while (next.getType() == PythonSubsetLexer.NEWLINE) {
            last = next;
            next = lexer.nextToken();
        }
        if (next.getType() == Token.EOF) {
            endOfFile(next);
            return;
        }
        if (seenCode) {
            pending.add(layout(PythonSubsetLexer.NEWLINE, "<NEWLINE>", newline));
        }
        Indent indent = indent(last.getText());
        if (lastCodeType == COLON && indent.width() <= indents.peek().width()) {
            // An inconsistent dedent is the root cause then; it is reported by indentTo alone.
            missingBlock(next, isConsistentDedent(indent.width()));
        }
        indentTo(indent, next);
        code(next);
    }

    private void indentTo(Indent indent, Token firstOfLine) {
        int width = indent.width();
        if (width > indents.peek().width()) {
            boolean opensBlock = lastCodeType == COLON;
            if (!opensBlock) {
                error(firstOfLine, "unexpected indent");
            } else if (indent.alt() <= indents.peek().alt()) {
                tabError(firstOfLine);
            }
            indents.push(new Level(width, indent.alt(), !opensBlock));
            if (opensBlock) {
                pending.add(layout(PythonSubsetParser.INDENT, "<INDENT>", firstOfLine));
            }
            return;
        }
        while (width < indents.peek().width()) {
            dedent(firstOfLine);
        }
        if (width != indents.peek().width()) {
            error(firstOfLine, "inconsistent dedent: unindent does not match any outer indentation level");
            // Recover as if the line were in a block of its own at this width, invisible to the parser.
            indents.push(new Level(width, indent.alt(), true));
        } else if (indent.alt() != indents.peek().alt()) {
            tabError(firstOfLine);
        }
    }

    private void tabError(Token at) {
        error(at, "inconsistent use of tabs and spaces in indentation");
    }

    private boolean isConsistentDedent(int width) {
        return indents.stream().anyMatch(level -> level.width() == width);
    }

    /**
     * A compound statement's header ended the line but no indented block follows: report it (unless
     * another error explains it) and give the parser a {@code pass} block so it does not cascade.
     */
    private void missingBlock(Token at, boolean report) {
        if (report) {
            error(at, "expected an indented block");
        }
        pending.add(layout(PythonSubsetParser.INDENT, "<INDENT>", at));
        pending.add(layout(PASS, "pass", at));
        pending.add(layout(PythonSubsetLexer.NEWLINE, "<NEWLINE>", at));
        pending.add(layout(PythonSubsetParser.DEDENT, "<DEDENT>", at));
    }

    private void dedent(Token at) {
        if (!indents.pop().phantom()) {
            pending.add(layout(PythonSubsetParser.DEDENT, "<DEDENT>", at));
        }
    }

    private void error(Token at, String message) {
        diagnostics.error(new SourcePos(file, at.getLine(), at.getCharPositionInLine() + 1), message);
    }

    /** Closes the last logical line and every open block, as CPython does at end of input. */
    private void endOfFile(Token eof) {
        boolean lineOpen = seenCode
                && lastType != PythonSubsetLexer.NEWLINE
                && lastType != PythonSubsetParser.DEDENT
                && (pending.isEmpty() || pending.peekLast().getType() != PythonSubsetLexer.NEWLINE);
        if (lineOpen) {
            pending.add(layout(PythonSubsetLexer.NEWLINE, "<NEWLINE>", eof));
        }
        if (lastCodeType == COLON) {
            missingBlock(eof, true);
        }
        while (indents.peek().width() > 0) {
            dedent(eof);
        }
        pending.add(eof);
    }

    private void code(Token token) {
        seenCode = true;
        lastCodeType = token.getType();
        switch (token.getType()) {
            case PythonSubsetLexer.OPEN_PAREN, PythonSubsetLexer.OPEN_BRACK, PythonSubsetLexer.OPEN_BRACE -> {
                if (++bracketDepth > MAX_BRACKET_DEPTH) {
                    throw new TooManyParentheses(new SourcePos(file, token.getLine(), token.getCharPositionInLine() + 1));
                }
            }
            case PythonSubsetLexer.CLOSE_PAREN, PythonSubsetLexer.CLOSE_BRACK, PythonSubsetLexer.CLOSE_BRACE ->
                bracketDepth = Math.max(0, bracketDepth - 1);
            default -> {}
        }
        pending.add(token);
    }

    /**
     * A token the lexer did not produce. It still names this source, since ANTLR's error recovery
     * asks a token for its source when it conjures a missing one.
     */
    private Token layout(int type, String text, Token at) {
        CommonToken token = new CommonToken(new Pair<>(this, lexer.getInputStream()), type,
                Token.DEFAULT_CHANNEL, at.getStartIndex(), at.getStartIndex() - 1);
        token.setText(text);
        token.setLine(at.getLine());
        token.setCharPositionInLine(at.getCharPositionInLine());
        return token;
    }

    /** The indentation of the whitespace that follows the line break in a NEWLINE token's text. */
    private static Indent indent(String newlineText) {
        int width = 0;
        int alt = 0;
        for (char c : newlineText.toCharArray()) {
            switch (c) {
                case ' ' -> {
                    width++;
                    alt++;
                }
                case '\t' -> {
                    width = (width / TAB_WIDTH + 1) * TAB_WIDTH;
                    alt++;
                }
                case '\f' -> {
                    width = 0;
                    alt = 0;
                }
                default -> {} // the line break itself
            }
        }
        return new Indent(width, alt);
    }

    private static int literalType(String literal) {
        for (int type = 1; type <= PythonSubsetLexer.VOCABULARY.getMaxTokenType(); type++) {
            if (literal.equals(PythonSubsetLexer.VOCABULARY.getLiteralName(type))) {
                return type;
            }
        }
        throw new IllegalStateException("the grammar has no token " + literal);
    }

    @Override
    public int getLine() {
        return lexer.getLine();
    }

    @Override
    public int getCharPositionInLine() {
        return lexer.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
        return lexer.getInputStream();
    }

    @Override
    public String getSourceName() {
        return lexer.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        lexer.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return lexer.getTokenFactory();
    }
}
