package dev.bytecodedsl.grammar.parse;

import dev.bytecodedsl.grammar.BytecodeDslParser;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * The generated parser with a bound on rule recursion: each rule invocation is a Java call, so
 * without a bound deep input ends in a StackOverflowError. Left-recursive loops ({@code a + b + c})
 * extend the tree without recursing and do not count.
 */
final class DepthLimitedParser extends BytecodeDslParser {

    /** Thrown past the limit; not a RecognitionException, so the generated code does not recover. */
    static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Token token;
        final String message;

        TooDeep(Token token, String message) {
            super(message, null, false, false);
            this.token = token;
            this.message = message;
        }
    }

    private int depth;

    DepthLimitedParser(TokenStream input) {
        super(input);
    }

    @Override
    public void enterRule(ParserRuleContext localctx, int state, int ruleIndex) {
        // Checked before the super call: the generated code enters its try/finally only after it.
        guard(ruleIndex);
        super.enterRule(localctx, state, ruleIndex);
    }

    @Override
    public void exitRule() {
        depth--;
        super.exitRule();
    }

    @Override
    public void enterRecursionRule(ParserRuleContext localctx, int state, int ruleIndex, int precedence) {
        guard(ruleIndex);
        super.enterRecursionRule(localctx, state, ruleIndex, precedence);
    }

    @Override
    public void unrollRecursionContexts(ParserRuleContext parentctx) {
        depth--;
        super.unrollRecursionContexts(parentctx);
    }

    private void guard(int ruleIndex) {
        if (++depth > NestingLimits.MAX_RULE_DEPTH) {
            depth--;
            // Name what makes up most of the nesting (the limit may be hit in the condition of the
            // 600th nested if, which is an expression, but the statements are what nest).
            int statements = 0;
            for (ParserRuleContext ctx = getContext(); ctx != null; ctx = ctx.getParent()) {
                statements += ctx instanceof StatementContext ? 1 : ctx instanceof ExprContext ? -1 : 0;
            }
            Optional<String> construct = statements > 0 ? Optional.of("statements") : Optional.empty();
            Token token = getCurrentToken();
            throw new TooDeep(token, NestingLimits.ruleDepthMessage(token, construct));
        }
    }
}
