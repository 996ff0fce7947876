package dev.bytecodedsl.python.parse;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourcePos;
import dev.bytecodedsl.python.parse.Token.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Adds Python's layout to the {@link Tokenizer}'s tokens: NEWLINE only at the end of a logical line
 * (not inside brackets, not for blank or comment-only lines), INDENT when a line is indented deeper
 * than the previous one and one DEDENT per level it returns by.
 *
 * <p>Indentation errors are reported here, once each, and repaired in the token stream so the
 * parser sees a well-formed program and reports nothing more: an unexpected indent opens a
 * "phantom" level that emits neither INDENT nor DEDENT, an inconsistent dedent does the same at its
 * odd width, and a missing indented block is replaced by a synthesized {@code pass} block.
 */
final class Layout {

    /** CPython expands a tab to the next multiple of 8 columns when measuring indentation. */
    private static final int TAB_WIDTH = 8;

    /** CPython's tokenizer limit (MAXLEVEL): deeper nesting is a SyntaxError before any parsing. */
    static final int MAX_BRACKET_DEPTH = 200;

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

    private final Tokenizer tokenizer;
    private final String file;
    private final Diagnostics diagnostics;
    private final List<Token> out = new ArrayList<>();
    /** The open levels; the bottom is the module level, 0. */
    private final Deque<Level> indents = new ArrayDeque<>();
    /** The brackets open at this point, innermost last. */
    private final Deque<Token> brackets = new ArrayDeque<>();
    private boolean seenCode;
    /** The last code (non-layout) token, to tell whether a block may open: it must be a ':'. */
    private Token lastCode;

    private Layout(Tokenizer tokenizer, String file, Diagnostics diagnostics) {
        this.tokenizer = tokenizer;
        this.file = file;
        this.diagnostics = diagnostics;
        indents.push(new Level(0, 0, false));
    }

    /**
     * A file's tokens, ending with END.
     *
     * @param unclosed the innermost bracket still open at the end of the file, if any
     */
    record Lexed(List<Token> tokens, Optional<Token> unclosed) {}

    /**
     * All tokens of {@code text}.
     *
     * @throws ParseError when brackets nest deeper than {@link #MAX_BRACKET_DEPTH}
     */
    static Lexed tokens(String text, String file, Diagnostics diagnostics) {
        Layout layout = new Layout(new Tokenizer(text, file, diagnostics), file, diagnostics);
        while (layout.out.isEmpty() || layout.out.getLast().kind() != Kind.END) {
            layout.fill();
        }
        return new Lexed(layout.out, Optional.ofNullable(layout.brackets.peekLast()));
    }

    private void fill() {
        Token token = tokenizer.next();
        while (token.kind() == Kind.NEWLINE && !brackets.isEmpty()) {
            token = tokenizer.next(); // implicit line joining
        }
        switch (token.kind()) {
            case NEWLINE -> endOfLine(token);
            case END -> endOfFile(token, token);
            default -> {
                if (!seenCode && token.column() > 1) {
                    // The first line of the file is indented: CPython says "unexpected indent".
                    indentTo(new Indent(token.column() - 1, token.column() - 1), token);
                }
                code(token);
            }
        }
    }

    /** Collapses blank lines, then compares the next code line's indentation with the open blocks. */
    private void endOfLine(Token newline) {
        Token last = newline;
        Token next = tokenizer.next();
        while (next.kind() == Kind.NEWLINE) {
            last = next;
            next = tokenizer.next();
        }
        if (next.kind() == Kind.END) {
            endOfFile(next, newline);
            return;
        }
        if (seenCode) {
            out.add(layout(Kind.NEWLINE, "", newline));
        }
        Indent indent = indent(last.text());
        if (opensBlock() && indent.width() <= indents.peek().width()) {
            // An inconsistent dedent is the root cause then; it is reported by indentTo alone.
            missingBlock(next, isConsistentDedent(indent.width()));
        }
        indentTo(indent, next);
        code(next);
    }

    private boolean opensBlock() {
        return lastCode != null && lastCode.is(":");
    }

    private void indentTo(Indent indent, Token firstOfLine) {
        int width = indent.width();
        if (width > indents.peek().width()) {
            boolean opensBlock = opensBlock();
            if (!opensBlock) {
                error(firstOfLine, "unexpected indent");
            } else if (indent.alt() <= indents.peek().alt()) {
                tabError(firstOfLine);
            }
            indents.push(new Level(width, indent.alt(), !opensBlock));
            if (opensBlock) {
                out.add(layout(Kind.INDENT, "", firstOfLine));
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
        out.add(layout(Kind.INDENT, "", at));
        out.add(layout(Kind.KEYWORD, "pass", at));
        out.add(layout(Kind.NEWLINE, "", at));
        out.add(layout(Kind.DEDENT, "", at));
    }

    private void dedent(Token at) {
        if (!indents.pop().phantom()) {
            out.add(layout(Kind.DEDENT, "", at));
        }
    }

    private void error(Token at, String message) {
        diagnostics.error(at.pos(file), message);
    }

    /**
     * Closes the last logical line (at {@code lineEnd}, its line break if it has one) and every open
     * block, as CPython does at end of input.
     */
    private void endOfFile(Token end, Token lineEnd) {
        Kind last = out.isEmpty() ? null : out.getLast().kind();
        if (seenCode && last != Kind.NEWLINE && last != Kind.DEDENT) {
            out.add(layout(Kind.NEWLINE, "", lineEnd));
        }
        if (opensBlock()) {
            missingBlock(end, true);
        }
        while (indents.peek().width() > 0) {
            dedent(end);
        }
        out.add(end);
    }

    private void code(Token token) {
        seenCode = true;
        lastCode = token;
        if (token.kind() == Kind.OPERATOR) {
            switch (token.text()) {
                case "(", "[", "{" -> {
                    brackets.addLast(token);
                    if (brackets.size() > MAX_BRACKET_DEPTH) {
                        throw new ParseError(token.pos(file), "too many nested parentheses");
                    }
                }
                case ")", "]", "}" -> brackets.pollLast();
                default -> {}
            }
        }
        out.add(token);
    }

    /** A token the tokenizer did not produce, placed at {@code at}. */
    private static Token layout(Kind kind, String text, Token at) {
        return new Token(kind, text, at.line(), at.column());
    }

    /** The indentation of a NEWLINE token's whitespace. */
    private static Indent indent(String whitespace) {
        int width = 0;
        int alt = 0;
        for (int i = 0; i < whitespace.length(); i++) {
            switch (whitespace.charAt(i)) {
                case ' ' -> {
                    width++;
                    alt++;
                }
                case '\t' -> {
                    width = (width / TAB_WIDTH + 1) * TAB_WIDTH;
                    alt++;
                }
                default -> { // '\f' starts the measure again
                    width = 0;
                    alt = 0;
                }
            }
        }
        return new Indent(width, alt);
    }
}
