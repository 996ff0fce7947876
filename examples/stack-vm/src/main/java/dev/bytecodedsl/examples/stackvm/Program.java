package dev.bytecodedsl.examples.stackvm;

import dev.bytecodedsl.examples.stackvm.generated.UopContext;
import dev.bytecodedsl.kit.trace.ExecutorTable;

/**
 * An assembled program: code units ({@code opcode | oparg << 8}, each instruction followed by its
 * inline-cache units, as the generated interpreters expect), the constant table, how many local
 * slots the frame reserves below its value stack, and the traces installed in the code (its
 * ENTER_EXECUTORs name them by index, so they live as long as the code).
 */
public record Program(char[] code, long[] consts, int localCount, ExecutorTable<UopContext> executors) {

    public Program(char[] code, long[] consts, int localCount) {
        this(code, consts, localCount, new ExecutorTable<>());
    }
}
