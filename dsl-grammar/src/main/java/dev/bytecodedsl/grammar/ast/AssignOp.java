package dev.bytecodedsl.grammar.ast;

import java.util.Optional;

/** {@code =} and the compound assignments; a compound one applies {@link #binaryOp()} first. */
public enum AssignOp {
    ASSIGN("=", null),
    ADD("+=", BinaryOp.ADD),
    SUB("-=", BinaryOp.SUB),
    MUL("*=", BinaryOp.MUL),
    DIV("/=", BinaryOp.DIV),
    REM("%=", BinaryOp.REM),
    SHL("<<=", BinaryOp.SHL),
    SHR(">>=", BinaryOp.SHR),
    USHR(">>>=", BinaryOp.USHR),
    AND("&=", BinaryOp.BIT_AND),
    OR("|=", BinaryOp.BIT_OR),
    XOR("^=", BinaryOp.BIT_XOR);

    private final String symbol;
    private final BinaryOp binaryOp;

    AssignOp(String symbol, BinaryOp binaryOp) {
        this.symbol = symbol;
        this.binaryOp = binaryOp;
    }

    public String symbol() {
        return symbol;
    }

    /** The operator a compound assignment applies; empty for plain {@code =}. */
    public Optional<BinaryOp> binaryOp() {
        return Optional.ofNullable(binaryOp);
    }

    public static AssignOp bySymbol(String symbol) {
        for (AssignOp op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new IllegalArgumentException("not an assignment operator: " + symbol);
    }
}
