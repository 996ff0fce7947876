package dev.bytecodedsl.runtime.vm;

import dev.bytecodedsl.python.compile.CodeObject;
import dev.bytecodedsl.python.compile.ExceptionTableEntry;
import dev.bytecodedsl.generated.UopContext;
import dev.bytecodedsl.kit.trace.ExecutorTable;

import java.util.List;

/**
 * A code object as the VM runs it: a private, mutable copy of the code units (quickening rewrites
 * opcodes and inline caches in place) and the constants and names as Values. Loaded once per
 * compiled code object by {@link CodeLoader}.
 */
public final class RuntimeCode {
    private final CodeObject source;
    private final char[] code;
    private final long[] consts;
    private final long[] names;
    private final List<RuntimeCode> nested;
    /** Tier-2 traces installed in this code's loops; created with the first one. */
    private ExecutorTable<UopContext> executors;

    RuntimeCode(CodeObject source, char[] code, long[] consts, long[] names, List<RuntimeCode> nested) {
        this.source = source;
        this.code = code;
        this.consts = consts;
        this.names = names;
        this.nested = List.copyOf(nested);
    }

    public CodeObject source() {
        return source;
    }

    /** The live (quickened) code units. */
    public char[] code() {
        return code;
    }

    public long[] consts() {
        return consts;
    }

    public long[] names() {
        return names;
    }

    public ExecutorTable<UopContext> executors() {
        if (executors == null) {
            executors = new ExecutorTable<>();
        }
        return executors;
    }

    /** The code objects among the constants, in constant order (for disassembly). */
    public List<RuntimeCode> nested() {
        return nested;
    }

    public String name() {
        return source.name();
    }

    public String qualname() {
        return source.qualname();
    }

    public int argCount() {
        return source.argCount();
    }

    public int localCount() {
        return source.localCount();
    }

    /** Slots a frame of this code needs: locals plus the deepest value stack. */
    public int frameSize() {
        return source.localCount() + source.stackSize();
    }

    public boolean usesNamespace() {
        return source.kind() != CodeObject.Kind.FUNCTION;
    }

    public String localName(int index) {
        return source.localNames().get(index);
    }

    public int lineAt(int ip) {
        return source.lineAt(ip);
    }

    /** The innermost handler covering {@code ip}, or null (entries never overlap). */
    public ExceptionTableEntry handlerFor(int ip) {
        for (ExceptionTableEntry e : source.exceptionTable()) {
            if (ip >= e.start() && ip < e.end()) {
                return e;
            }
        }
        return null;
    }
}
