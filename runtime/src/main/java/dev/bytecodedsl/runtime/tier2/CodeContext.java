package dev.bytecodedsl.runtime.tier2;

/**
 * What the kit's optimizer needs from a Python code object a trace runs in: its constants and names
 * (LOAD_CONST knows its value), how many locals a frame has, and the object space's value words.
 */
public record CodeContext(long[] consts, long[] names, int localCount, PyValues values)
        implements dev.bytecodedsl.kit.optimizer.CodeContext {
}
