package dev.bytecodedsl.python.compile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the scope analysis found out about one code object's variables.
 *
 * @param locals the frame slots of a function, parameters first, then the other names it binds in
 *     order of first appearance (as CPython's symbol table orders co_varnames); empty for module and
 *     class bodies, whose variables live in a namespace
 * @param explicitGlobals names declared {@code global} in this scope
 * @param localIndexes each local's index in {@code locals}: a function may have tens of thousands
 *     of locals, and every load and store looks its name up
 */
record Scope(CodeObject.Kind kind, String name, String qualname, int firstLine, int argCount,
        List<String> locals, Set<String> explicitGlobals, Map<String, Integer> localIndexes) {

    Scope(CodeObject.Kind kind, String name, String qualname, int firstLine, int argCount, List<String> locals,
          Set<String> explicitGlobals) {
        this(kind, name, qualname, firstLine, argCount, locals, explicitGlobals, indexes(locals));
    }

    private static Map<String, Integer> indexes(List<String> locals) {
        Map<String, Integer> indexes = new HashMap<>();
        for (int i = locals.size() - 1; i >= 0; i--) {
            indexes.put(locals.get(i), i); // the first occurrence wins, as with indexOf
        }
        return indexes;
    }

    /** How a name is loaded and stored in this scope: CPython's compiler_nameop. */
    enum Access {
        /** LOAD_FAST / STORE_FAST: a function local. */
        FAST,
        /**
         * LOAD_GLOBAL / STORE_GLOBAL: declared global, a name a function never binds, or any name of
         * module code, whose namespace is the globals dict (so the lookup, globals then builtins, and
         * the NameError are those of LOAD_NAME, and the loads can specialize).
         */
        GLOBAL,
        /** LOAD_NAME / STORE_NAME: class bodies, whose namespace is a dict of its own. */
        NAME
    }

    Scope {
        locals = List.copyOf(locals);
        explicitGlobals = Set.copyOf(explicitGlobals);
        localIndexes = Map.copyOf(localIndexes);
    }

    Access access(String id) {
        if (explicitGlobals.contains(id)) {
            return Access.GLOBAL;
        }
        return switch (kind) {
            case FUNCTION -> localIndexes.containsKey(id) ? Access.FAST : Access.GLOBAL;
            case MODULE -> Access.GLOBAL;
            case CLASS_BODY -> Access.NAME;
        };
    }

    int localIndex(String id) {
        return localIndexes.getOrDefault(id, -1);
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
