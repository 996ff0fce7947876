package dev.bytecodedsl.python.compile;

/**
 * An exception handler: the label of its code. Instructions carry the innermost handler protecting
 * them, and the assembler turns runs of instructions with the same handler into exception-table
 * entries. The stack depth it unwinds to is the depth at its SETUP_FINALLY, found by
 * {@link StackDepth}.
 */
record Handler(Label target) {}
