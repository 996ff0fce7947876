package dev.bytecodedsl.runtime.tier2;

import dev.bytecodedsl.generated.Uops;
import dev.bytecodedsl.kit.trace.Assumptions;
import dev.bytecodedsl.kit.trace.Trace;
import dev.bytecodedsl.runtime.object.PyClass;

/**
 * What Python traces assume about the world, as two epochs: one moves whenever a globals namespace
 * that some trace reads through LOAD_GLOBAL_* is written, the other (PyClass's issued versions)
 * whenever a class version changes. An executor records both when it is made and is invalid once
 * one it depends on moved. Coarse (any such write invalidates every executor that depends on
 * globals or classes) but correct, and cheap to check; per-dict and per-class watchers can refine
 * it when the optimizer starts relying on assumptions.
 *
 * <p>The globals epoch is only a hint: every LOAD_GLOBAL_* and STORE_GLOBAL_* in a trace keeps its
 * keys-version guards, which read the namespace live, and the optimizer assumes nothing about
 * globals, so a trace that depends on globals alone still runs correctly after the epoch moved
 * (its guards fail instead) and linked exits may jump into it. Class versions are different: the
 * optimizer makes constants of methods looked up in classes.
 */
public final class PyAssumptions implements Assumptions {
    private long globalsEpoch;

    /** A watched namespace was written. */
    public void globalsChanged() {
        globalsEpoch++;
    }

    public long globalsEpoch() {
        return globalsEpoch;
    }

    @Override
    public Validity snapshot(Trace trace) {
        boolean readsGlobals = trace.contains(Uops._GUARD_GLOBALS_VERSION);
        boolean readsClasses = trace.contains(Uops._GUARD_TYPE_VERSION);
        if (!readsGlobals && !readsClasses) {
            return Validity.ALWAYS;
        }
        long globals = globalsEpoch;
        int classVersions = PyClass.versionsIssued();
        return new Validity() {
            @Override
            public boolean holds() {
                return !(readsGlobals && globalsEpoch != globals)
                        && !(readsClasses && PyClass.versionsIssued() != classVersions);
            }

            @Override
            public boolean mayRunUnchecked() {
                return !readsClasses;
            }
        };
    }
}
