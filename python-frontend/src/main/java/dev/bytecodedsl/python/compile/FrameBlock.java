package dev.bytecodedsl.python.compile;

import java.util.Optional;

/**
 * CPython's fblock: a construct that {@code return}, {@code break} and {@code continue} must leave
 * tidily, innermost first. Loops know where to jump; the others say what leaving them costs.
 */
sealed interface FrameBlock {

    /** {@code continue} jumps to {@code top}, {@code break} to {@code exit}. */
    sealed interface Loop extends FrameBlock {
        Label top();

        Label exit();
    }

    record WhileLoop(Label top, Label exit) implements Loop {}

    /** The iterator is on the stack while the body runs; leaving pops it. */
    record ForLoop(Label top, Label exit) implements Loop {}

    /** A try body: leaving ends the range protected by its handler. */
    record TryBody() implements FrameBlock {}

    /**
     * An except clause's body: the previously handled exception is on the stack (POP_EXCEPT restores
     * it) and the clause runs under the cleanup handler, plus the one that clears {@code name}.
     */
    record HandlerBody(Optional<String> name) implements FrameBlock {}
}
