package dev.bytecodedsl.python.ast;

/** Python's binary arithmetic and bitwise operators, also used by augmented assignment. */
public enum BinaryOp {
    ADD("+"),
    SUB("-"),
    MUL("*"),
    TRUE_DIV("/"),
    FLOOR_DIV("//"),
    MOD("%"),
    POW("**"),
    LSHIFT("<<"),
    RSHIFT(">>"),
    BIT_AND("&"),
    BIT_OR("|"),
    BIT_XOR("^");

    private final String symbol;

    BinaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Looks an operator up by its source spelling; augmented assignment passes it without the '='. */
    public static BinaryOp fromSymbol(String symbol) {
        for (BinaryOp op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new IllegalArgumentException("not a binary operator: " + symbol);
    }
}
