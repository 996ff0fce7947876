package dev.bytecodedsl.grammar.ast;

public enum UnaryOp {
    NEG("-"),
    NOT("!"),
    BIT_NOT("~");

    private final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static UnaryOp bySymbol(String symbol) {
        for (UnaryOp op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new IllegalArgumentException("not a unary operator: " + symbol);
    }
}
