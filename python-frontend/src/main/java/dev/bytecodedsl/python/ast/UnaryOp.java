package dev.bytecodedsl.python.ast;

public enum UnaryOp {
    NEG("-"),
    POS("+"),
    INVERT("~"),
    NOT("not");

    private final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
