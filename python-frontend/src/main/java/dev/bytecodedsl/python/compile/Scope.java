package dev.bytecodedsl.python.compile;

import java.util.List;
import java.util.Set;

/**
 * What the scope analysis found out about one code object's variables.
 *
 * @param locals the frame slots of a function, parameters first, then the other names it binds in
 *     order of first appearance (as CPython's symbol table orders co_varnames); empty for module and
 *     class bodies, whose variables live in a namespace
 * @param explicitGlobals names declared {@code global} in this scope
 */
record Scope(CodeObject.Kind kind, String name, String qualname, int firstLine, int argCount,
        List<String> locals, Set<String> explicitGlobals) {

    /** How a name is loaded and stored in this scope: CPython's compiler_nameop. */
    enum Access {
        /** LOAD_FAST / STORE_FAST: a function local. */
        FAST,
        /** LOAD_GLOBAL / STORE_GLOBAL: declared global, or a name a function never binds. */
        GLOBAL,
        /** LOAD_NAME / STORE_NAME: module and class bodies. */
        NAME
    }

    Scope {
        locals = List.copyOf(locals);
        explicitGlobals = Set.copyOf(explicitGlobals);
    }

    Access access(String id) {
        if (explicitGlobals.contains(id)) {
            return Access.GLOBAL;
        }
        return switch (kind) {
            case FUNCTION -> locals.contains(id) ? Access.FAST : Access.GLOBAL;
            case MODULE, CLASS_BODY -> Access.NAME;
        };
    }

    int localIndex(String id) {
        return locals.indexOf(id);
    }

    /** "function f", "class C" or "module": how limit errors name the code object. */
    String describe() {
        return switch (kind) {
            case FUNCTION -> "function " + qualname;
            case CLASS_BODY -> "class " + qualname;
            case MODULE -> "module";
        };
    }
}
