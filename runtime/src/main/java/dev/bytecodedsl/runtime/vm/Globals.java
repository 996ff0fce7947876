package dev.bytecodedsl.runtime.vm;

import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.BuiltinException;
import dev.bytecodedsl.runtime.object.PyDict;
import dev.bytecodedsl.runtime.tier2.PyAssumptions;
import dev.bytecodedsl.runtime.value.Values;

/**
 * Module globals, the builtins and the namespaces of module/class bodies, plus the versions the
 * specialized LOAD_GLOBAL_* compare with a 16-bit cache entry. PyDict's keys versions come from one
 * counter shared by every dict, so they outgrow 16 bits quickly; a {@link Namespace} renumbers its
 * dict's keys changes from a VM-wide counter that only moves when a globals or builtins dict gains
 * or loses a key, which is rare after start-up.
 */
public final class Globals {
    /** A dict used as a namespace, with the VM's compact version of its keys. */
    public static final class Namespace {
        private final PyDict dict;
        private final long dictValue;
        private int seenKeysVersion;
        private int version;
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
        this.builtins = namespace(builtinsDict);
        this.assumptions = assumptions;
    }

    /** From now on, writes to {@code ns} move the assumption epoch (a trace depends on it). */
    void watch(Namespace ns) {
        ns.watched = true;
    }

    public Namespace namespace(long dictValue) {
        return new Namespace(space.heap().dict(dictValue), dictValue);
    }

    public Namespace builtins() {
        return builtins;
    }

    /** The namespace's current version: changes exactly when its keys do. No allocation. */
    public int version(Namespace ns) {
        int keys = ns.dict.keysVersion();
        if (keys != ns.seenKeysVersion || ns.version == 0) {
            ns.seenKeysVersion = keys;
            ns.version = nextVersion++;
        }
        return ns.version;
    }

    /** The value of entry {@code index}, NULL when deleted or out of range. */
    public long entry(Namespace ns, int index) {
        PyDict d = ns.dict;
        return index < d.entryLimit() ? d.entryValue(index) : Values.NULL;
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

    public void store(Namespace ns, long name, long v) {
        ns.dict.put(name, v);
        if (ns.watched) {
            assumptions.globalsChanged();
        }
    }

    private RuntimeException nameError(long name) {
        return space.errors().raise(BuiltinException.NAME_ERROR,
                "name '" + space.heap().str(name).value() + "' is not defined");
    }
}
