package dev.bytecodedsl.examples.stackvm;

/**
 * An assembled program: code units ({@code opcode | oparg << 8}, each instruction followed by its
 * inline-cache units, as the generated interpreters expect), the constant table, and how many
 * local slots the frame reserves below its value stack.
 */
public record Program(char[] code, long[] consts, int localCount) {}
