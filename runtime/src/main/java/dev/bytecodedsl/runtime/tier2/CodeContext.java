package dev.bytecodedsl.runtime.tier2;

import java.util.function.LongFunction;

/**
 * What the kit's optimizer needs from a Python code object a trace runs in: its constants and names
 * (LOAD_CONST knows its value), how many locals a frame has, the object space's value words, and
 * the code objects of the functions its calls enter, by function version (null when not cached).
 */
public record CodeContext(long[] consts, long[] names, int localCount, PyValues values,
                          LongFunction<CodeContext> calleeByVersion)
        implements dev.bytecodedsl.kit.optimizer.CodeContext {
    @Override
    public CodeContext callee(long functionVersion) {
        return calleeByVersion.apply(functionVersion);
    }
}
