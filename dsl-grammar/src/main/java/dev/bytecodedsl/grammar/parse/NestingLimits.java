package dev.bytecodedsl.grammar.parse;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourcePos;
import dev.bytecodedsl.grammar.BytecodeDslLexer;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/**
 * How deeply DSL text may nest. The parser, the AST builder, the analyzer and every generator walk
 * the tree recursively, and the generated Java and C must stay within javac's and clang's limits
 * (clang stops at 256 nested brackets), so deep nesting is rejected up front with a positioned
 * diagnostic instead of ending in a StackOverflowError. Long left-associative chains ({@code a + b
 * + c ...}) are built iteratively and lowered without nested parentheses; their length is limited
 * only by what javac can compile ({@link #MAX_CHAIN_LENGTH}).
 */
public final class NestingLimits {

    /** Nested ( [ { at any point, as CPython's tokenizer limits parentheses (MAXLEVEL 200). */
    public static final int MAX_BRACKET_DEPTH = 200;

    /**
     * Nested grammar rules at any point: covers what brackets do not (unbraced if/while/for bodies,
     * else-if chains, ?: chains, unary operators). Brackets within their limit stay well below it.
     */
    public static final int MAX_RULE_DEPTH = 600;

    /**
     * Binary operators in one left-associative chain: the parser and this project's stages handle
     * any length, but javac's attribution recurses once per operator and overflows its default
     * stack near 2,000 of them, so longer chains would generate Java that does not compile.
     */
    public static final int MAX_CHAIN_LENGTH = 1_000;

    private NestingLimits() {}

    /**
     * Reports the first bracket that opens more than {@link #MAX_BRACKET_DEPTH} levels; returns
     * whether the tokens are within the limit.
     */
    static boolean checkBrackets(List<? extends Token> tokens, String file, Diagnostics diagnostics) {
        int depth = 0;
        for (Token token : tokens) {
            switch (token.getType()) {
                case BytecodeDslLexer.LPAREN, BytecodeDslLexer.LBRACK, BytecodeDslLexer.LBRACE -> {
                    if (++depth > MAX_BRACKET_DEPTH) {
                        diagnostics.error(pos(file, token), "too many nested " + bracketWord(token.getType())
                                + " (the limit is " + MAX_BRACKET_DEPTH + " nested brackets of any kind)");
                        return false;
                    }
                }
                // Unbalanced closers are the parser's business; never let the depth go negative.
                case BytecodeDslLexer.RPAREN, BytecodeDslLexer.RBRACK, BytecodeDslLexer.RBRACE ->
                        depth = Math.max(0, depth - 1);
                default -> {}
            }
        }
        return true;
    }

    /** The diagnostic for nesting deeper than {@link #MAX_RULE_DEPTH} rules, at {@code token}. */
    static String ruleDepthMessage(Token token, Optional<String> construct) {
        String what = switch (token.getType()) {
            case BytecodeDslLexer.LPAREN, BytecodeDslLexer.LBRACK, BytecodeDslLexer.LBRACE ->
                    "too many nested " + bracketWord(token.getType());
            default -> construct.orElse("expression") + " nested too deeply";
        };
        return what + " (more than " + MAX_RULE_DEPTH + " levels of nesting; an `else if` and each operand of"
                + " `?:` or of a unary operator count as a level)";
    }

    private static String bracketWord(int type) {
        return switch (type) {
            case BytecodeDslLexer.LPAREN -> "parentheses";
            case BytecodeDslLexer.LBRACK -> "square brackets";
            default -> "blocks";
        };
    }

    static SourcePos pos(String file, Token token) {
        return new SourcePos(file, token.getLine(), token.getCharPositionInLine() + 1);
    }
}
