package dev.bytecodedsl.runtime.vm;

import dev.bytecodedsl.generated.CacheLayout;
import dev.bytecodedsl.generated.GeneratedInstructionSet;
import dev.bytecodedsl.generated.Opcodes;
import dev.bytecodedsl.kit.trace.Callees;
import dev.bytecodedsl.kit.trace.TraceProjector;

/**
 * CPython's function version cache: the functions made lately, by version, so that trace projection
 * and the optimizer find the code a specialized call site calls (its inline cache holds only the
 * version). Fixed size, indexed by version: a newer function evicts an older one at the same index,
 * and a lookup that finds another version answers null (projection then stops at the call). It
 * holds code and globals, not the function object, so it keeps nothing of the heap alive.
 */
final class FunctionVersions implements Callees {
    private static final int SIZE = 4096;

    /** What a call through a function of this version runs. */
    record Entry(int version, RuntimeCode code, Globals.Namespace globals) {
    }

    private final Entry[] entries = new Entry[SIZE];

    void add(PyFunction f) {
        entries[f.version() & (SIZE - 1)] = new Entry(f.version(), f.code(), f.globals());
    }

    /** The function of version {@code version}, or null when it is not (or no longer) cached. */
    Entry lookup(long version) {
        Entry e = entries[(int) version & (SIZE - 1)];
        return e != null && e.version() == version ? e : null;
    }

    /** A CALL_PY_EXACT_ARGS names its callee by the version its guard checks. */
    @Override
    public Callee callee(char[] code, int ip) {
        if ((code[ip] & 0xFF) != Opcodes.CALL_PY_EXACT_ARGS) {
            return null;
        }
        int at = ip + 1 + CacheLayout.CALL_FUNC_VERSION;
        long version = code[at] | (long) code[at + 1] << 16;
        Entry e = lookup(version);
        return e == null ? null : new Callee(version, e.code().code());
    }

    /**
     * The code unit after the call instruction that saved its state at {@code instrIp}: where the
     * caller resumes. Tier 1 saves its own unit, a trace its first EXTENDED_ARG prefix (its target).
     */
    static int returnIp(char[] code, int instrIp) {
        return TraceProjector.decode(GeneratedInstructionSet.INSTANCE, code, instrIp).next();
    }
}
