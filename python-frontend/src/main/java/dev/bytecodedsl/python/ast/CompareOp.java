package dev.bytecodedsl.python.ast;

public enum CompareOp {
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    EQ("=="),
    NE("!="),
    IN("in"),
    NOT_IN("not in"),
    IS("is"),
    IS_NOT("is not");

    private final String symbol;

    CompareOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Takes the operator's tokens joined by one space, which is how {@code not in} is spelled here. */
    public static CompareOp fromSymbol(String symbol) {
        for (CompareOp op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new IllegalArgumentException("not a comparison operator: " + symbol);
    }
}
