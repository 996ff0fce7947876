package dev.bytecodedsl.grammar.ast;

/**
 * Binary operators with their C precedence (higher binds tighter), which printers use to decide
 * where parentheses are needed.
 */
public enum BinaryOp {
    MUL("*", 10),
    DIV("/", 10),
    REM("%", 10),
    ADD("+", 9),
    SUB("-", 9),
    SHL("<<", 8),
    SHR(">>", 8),
    /** Logical (unsigned) shift right, as in Java. */
    USHR(">>>", 8),
    LT("<", 7),
    LE("<=", 7),
    GT(">", 7),
    GE(">=", 7),
    EQ("==", 6),
    NE("!=", 6),
    BIT_AND("&", 5),
    BIT_XOR("^", 4),
    BIT_OR("|", 3),
    AND("&&", 2),
    OR("||", 1);

    private final String symbol;
    private final int precedence;

    BinaryOp(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    public String symbol() {
        return symbol;
    }

    public int precedence() {
        return precedence;
    }

    public boolean isComparison() {
        return this == LT || this == LE || this == GT || this == GE || this == EQ || this == NE;
    }

    public boolean isLogical() {
        return this == AND || this == OR;
    }

    public static BinaryOp bySymbol(String symbol) {
        for (BinaryOp op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new IllegalArgumentException("not a binary operator: " + symbol);
    }
}
