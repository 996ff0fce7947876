package dev.bytecodedsl.python.compile;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.generated.Opcodes;

/**
 * Loads and stores of plain names, by the name's access in the scope (CPython's compiler_nameop):
 * frame slots in functions, LOAD_GLOBAL/STORE_GLOBAL for globals (all names of module code),
 * LOAD_NAME/STORE_NAME in class bodies. Every local load is emitted as LOAD_FAST_CHECK; {@link DefiniteAssignment}
 * relaxes the safe ones.
 */
final class NameOps {

    private final CodeUnit unit;

    NameOps(CodeUnit unit) {
        this.unit = unit;
    }

    void load(String id) {
        switch (unit.scope.access(id)) {
            case FAST -> unit.seq.emit(Opcodes.LOAD_FAST_CHECK, unit.local(id));
            case GLOBAL -> unit.seq.emit(Opcodes.LOAD_GLOBAL, CodeUnit.loadGlobalOparg(unit.shiftedName(id), false));
            case NAME -> unit.seq.emit(Opcodes.LOAD_NAME, unit.name(id));
        }
    }

    /**
     * Loads a name to be called: a global comes with its NULL from LOAD_GLOBAL itself, anything else
     * is followed by PUSH_NULL (CPython 3.13's order: callable, then self_or_null).
     */
    void loadCallable(String id) {
        if (unit.scope.access(id) == Scope.Access.GLOBAL) {
            unit.seq.emit(Opcodes.LOAD_GLOBAL, CodeUnit.loadGlobalOparg(unit.shiftedName(id), true));
        } else {
            load(id);
            unit.seq.emit(Opcodes.PUSH_NULL);
        }
    }

    void store(String id) {
        switch (unit.scope.access(id)) {
            case FAST -> unit.seq.emit(Opcodes.STORE_FAST, unit.local(id));
            case GLOBAL -> unit.seq.emit(Opcodes.STORE_GLOBAL, unit.name(id));
            case NAME -> unit.seq.emit(Opcodes.STORE_NAME, unit.name(id));
        }
    }

    void loadAttr(String attr, boolean forCall) {
        unit.seq.emit(Opcodes.LOAD_ATTR, (unit.shiftedName(attr) << 1) | (forCall ? (int) DslConstants.METHOD_FLAG : 0));
    }

    void storeAttr(String attr) {
        unit.seq.emit(Opcodes.STORE_ATTR, unit.name(attr));
    }
}
