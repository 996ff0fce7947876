package dev.bytecodedsl.python.ast;

/** {@code and} / {@code or}: short-circuiting, and yield an operand rather than a bool. */
public enum BoolOpKind {
    AND,
    OR
}
