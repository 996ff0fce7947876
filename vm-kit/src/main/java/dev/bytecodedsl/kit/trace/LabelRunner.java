package dev.bytecodedsl.kit.trace;

/**
 * Runs a DSL label after a compiled trace left through it (the generated
 * {@code UopInterpreter::runLabel}): the leaving uop's target {@code ip} and the stack pointer
 * {@code sp} stand for the registers the uop interpreter would have had.
 */
@FunctionalInterface
public interface LabelRunner<C> {
    void runLabel(C ctx, int status, int ip, int sp);
}
