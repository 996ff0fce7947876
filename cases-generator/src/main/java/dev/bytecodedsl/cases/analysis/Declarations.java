package dev.bytecodedsl.cases.analysis;

import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.DslFile;
import dev.bytecodedsl.diagnostics.Diagnostics;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The global names bodies can refer to: value types, constants, helpers ({@code extern}), functions
 * with bodies ({@code func}) and labels.
 * Instruction-level names (inst, op, macro, pseudo, family) are resolved by the analyzer itself.
 */
public record Declarations(
        Map<String, Definition.TypeDecl> types,
        Map<String, Definition.ConstDecl> constants,
        Map<String, Definition.HelperDecl> helpers,
        Map<String, Definition.LabelDef> labels,
        Map<String, Definition.FunctionDef> functions) {

    /** The stack word type: stack items without {@code : Type} have it, and it must be declared. */
    public static final String VALUE_TYPE = "Value";

    public static final Declarations EMPTY = new Declarations(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    /**
     * Every map iterates in name order, never in the order of the source: generated output (helper
     * interfaces, constants, label status codes, the stencils' C prelude) must not change when a
     * definition only moves within or between files (issue 15).
     */
    public Declarations {
        types = Collections.unmodifiableSortedMap(new TreeMap<>(types));
        constants = Collections.unmodifiableSortedMap(new TreeMap<>(constants));
        helpers = Collections.unmodifiableSortedMap(new TreeMap<>(helpers));
        labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
        functions = Collections.unmodifiableSortedMap(new TreeMap<>(functions));
    }

    /**
     * Collects the declarations of all files, in order. Types, constants, helpers, functions and labels share
     * one namespace; a second definition of a name is reported and ignored.
     */
    public static Declarations collect(List<DslFile> files, Diagnostics diagnostics) {
        Map<String, Definition> seen = new LinkedHashMap<>();
        Map<String, Definition.TypeDecl> types = new LinkedHashMap<>();
        Map<String, Definition.ConstDecl> constants = new LinkedHashMap<>();
        Map<String, Definition.HelperDecl> helpers = new LinkedHashMap<>();
        Map<String, Definition.LabelDef> labels = new LinkedHashMap<>();
        Map<String, Definition.FunctionDef> functions = new LinkedHashMap<>();
        for (DslFile file : files) {
            for (Definition def : file.definitions()) {
                boolean isDeclaration = switch (def) {
                    case Definition.TypeDecl t -> true;
                    case Definition.ConstDecl c -> true;
                    case Definition.HelperDecl h -> true;
                    case Definition.FunctionDef f -> true;
                    case Definition.LabelDef l -> true;
                    case Definition.InstructionDef i -> false;
                    case Definition.MacroDef m -> false;
                    case Definition.FamilyDef f -> false;
                    case Definition.PseudoDef p -> false;
                };
                if (!isDeclaration) {
                    continue;
                }
                ReservedNames.check(def.name(), def.pos(), "name", diagnostics);
                if (def instanceof Definition.HelperDecl helper) {
                    ReservedNames.checkExtern(helper, diagnostics);
                }
                Definition previous = seen.putIfAbsent(def.name(), def);
                if (previous != null) {
                    diagnostics.error(def.pos(), "duplicate name '" + def.name() + "' (first defined at "
                            + previous.pos() + ")");
                    continue;
                }
                switch (def) {
                    case Definition.TypeDecl t -> types.put(t.name(), t);
                    case Definition.ConstDecl c -> constants.put(c.name(), c);
                    case Definition.HelperDecl h -> helpers.put(h.name(), h);
                    case Definition.FunctionDef f -> functions.put(f.name(), f);
                    case Definition.LabelDef l -> labels.put(l.name(), l);
                    default -> throw new IllegalStateException("not a declaration: " + def);
                }
            }
        }
        Declarations declarations = new Declarations(types, constants, helpers, labels, functions);
        ReservedNames.checkGeneratedCollisions(declarations, diagnostics);
        return declarations;
    }
}
