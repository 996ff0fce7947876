package dev.bytecodedsl.cases.generate.java;

import dev.bytecodedsl.cases.analysis.StackSize;

/**
 * Stack positions ({@link dev.bytecodedsl.cases.generate.lower.StackLayout}) as Java expressions relative
 * to a stack-pointer variable.
 */
public final class StackAccess {

    private final String stackPointer;

    public StackAccess(String stackPointer) {
        this.stackPointer = stackPointer;
    }

    /** The slot index at {@code delta} from the stack pointer (negative: below it). */
    public String at(StackSize delta) {
        if (delta.isConstant()) {
            long c = delta.constant();
            return c == 0 ? stackPointer : c < 0 ? stackPointer + " - " + -c : stackPointer + " + " + c;
        }
        return stackPointer + " + " + JavaExpressions.lower(delta);
    }
}
