package dev.bytecodedsl.runtime.vm;

import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.BuiltinException;
import dev.bytecodedsl.runtime.object.PyDict;
import dev.bytecodedsl.runtime.tier2.PyAssumptions;
import dev.bytecodedsl.runtime.value.Values;

/**
 * Module globals, the builtins and the namespaces of class bodies, plus the versions the specialized
 * LOAD_GLOBAL_* and STORE_GLOBAL_MODULE compare with a 16-bit cache entry. PyDict's keys versions
 * come from one counter shared by every dict, so they outgrow 16 bits quickly; globals and builtins
 * dicts are published as namespaces ({@link PyDict#publishAsNamespace}) with versions from a
 * VM-wide counter that only moves when one of them gains or loses a key, which is rare after
 * start-up. Being VM-wide, a version also tells the globals of different modules apart.
 */
public final class Globals {
    /** A dict used as a namespace, with the VM's compact version of its keys. */
    public static final class Namespace {
        private final PyDict dict;
        private final long dictValue;
        /** Some trace reads this namespace through LOAD_GLOBAL_*: writes invalidate traces. */
        private boolean watched;

        Namespace(PyDict dict, long dictValue) {
            this.dict = dict;
            this.dictValue = dictValue;
        }

        public PyDict dict() {
            return dict;
        }

        public long dictValue() {
            return dictValue;
        }
    }

    /** Versions above this do not fit the 1-unit cache entry: such namespaces are not specialized. */
    public static final int MAX_CACHED_VERSION = 0xFFFF;

    private final ObjectSpace space;
    private final Namespace builtins;
    private final PyAssumptions assumptions;
    private int nextVersion = 1;

    public Globals(ObjectSpace space, long builtinsDict, PyAssumptions assumptions) {
        this.space = space;
        this.builtins = globalsNamespace(builtinsDict);
        this.assumptions = assumptions;
        space.vmWords().setBuiltins(builtinsDict);
    }

    /** From now on, writes to {@code ns} move the assumption epoch (a trace depends on it). */
    void watch(Namespace ns) {
        ns.watched = true;
    }

    /** A class body's namespace. */
    public Namespace namespace(long dictValue) {
        return new Namespace(space.heap().dict(dictValue), dictValue);
    }

    /** A module's globals (or the builtins): published, so specialized accesses need no helper. */
    public Namespace globalsNamespace(long dictValue) {
        Namespace ns = namespace(dictValue);
        ns.dict.publishAsNamespace(() -> nextVersion++);
        return ns;
    }

    public Namespace builtins() {
        return builtins;
    }

    /** A globals namespace's current version: changes exactly when its keys do. */
    public int version(Namespace ns) {
        return ns.dict.namespaceVersion();
    }

    /** LOAD_GLOBAL: globals, then builtins. */
    public long loadGlobal(Namespace globals, long name) {
        long v = globals.dict.get(name);
        if (v == Values.NULL) {
            v = builtins.dict.get(name);
            if (v == Values.NULL) {
                throw nameError(name);
            }
        }
        return v;
    }

    /** LOAD_NAME: the body's namespace, then globals, then builtins. */
    public long loadName(Namespace local, Namespace globals, long name) {
        long v = local.dict.get(name);
        return v != Values.NULL ? v : loadGlobal(globals, name);
    }

    /**
     * Stores into a namespace. Only a change of its keys moves the assumption epoch: a trace reads
     * entries live under a version guard, so a new value for a present name (all that
     * STORE_GLOBAL_MODULE does, in machine code too) leaves traces valid.
     */
    public void store(Namespace ns, long name, long v) {
        int keys = ns.dict.keysVersion();
        ns.dict.put(name, v);
        if (ns.watched && ns.dict.keysVersion() != keys) {
            assumptions.globalsChanged();
        }
    }

    private RuntimeException nameError(long name) {
        return space.errors().raise(BuiltinException.NAME_ERROR,
                "name '" + space.heap().str(name).value() + "' is not defined");
    }
}
