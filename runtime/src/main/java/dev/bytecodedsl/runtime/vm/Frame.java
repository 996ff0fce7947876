package dev.bytecodedsl.runtime.vm;

import dev.bytecodedsl.kit.trace.TraceFrame;

/**
 * One activation. Its locals and value stack live in the {@link ValueStack} from {@link #fp};
 * this object keeps what the native words cannot: the code, function and namespaces, the caller,
 * and the state saved before every escaping helper (instruction, resume point, stack pointer).
 */
public final class Frame implements TraceFrame {
    final RuntimeCode code;
    /** The running function (rooted through the frame), NULL for module code. */
    final long function;
    /** That function's version, NO_VERSION (bytecodes.def) for module code: what _CHECK_CALLER compares. */
    final long version;
    final Globals.Namespace globals;
    /** LOAD_NAME/STORE_NAME namespace of module and class bodies; null for functions. */
    final Globals.Namespace namespace;
    final Frame previous;
    final int fp;
    /** Python frames below and including this one (recursion limit). */
    final int depth;
    /** Whether an interpreter invocation entered with this frame: popping it ends the invocation. */
    final boolean entry;
    /** The first value-stack slot, above the locals. */
    final int stackBase;
    /** One past the last slot this frame may use; the next frame starts here. */
    final int limit;

    /** The instruction that last called an escaping helper (tracebacks, counters, quickening). */
    int instrIp;
    /** Where execution resumes: after that instruction, a handler, or 0 at the start. */
    int resumeIp;
    /** Absolute stack pointer: the top of this frame's value stack when it resumes. */
    int sp;

    Frame(RuntimeCode code, long function, long version, Globals.Namespace globals, Globals.Namespace namespace,
          Frame previous, int fp, int depth, boolean entry) {
        this.code = code;
        this.function = function;
        this.version = version;
        this.globals = globals;
        this.namespace = namespace;
        this.previous = previous;
        this.fp = fp;
        this.depth = depth;
        this.entry = entry;
        this.stackBase = fp + code.localCount();
        this.limit = fp + code.frameSize();
        this.sp = stackBase;
    }

    @Override
    public int stackPointer() {
        return sp;
    }

    /**
     * The frame a return from this one goes back to in this interpreter invocation: none from an
     * invocation's entry frame, whose return ends the invocation (so no trace may return through it).
     */
    Frame returnsTo() {
        return entry ? null : previous;
    }

    public RuntimeCode code() {
        return code;
    }

    public int line() {
        return code.lineAt(instrIp);
    }
}
