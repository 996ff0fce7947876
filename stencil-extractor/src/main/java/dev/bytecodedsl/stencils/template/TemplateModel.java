package dev.bytecodedsl.stencils.template;

import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.cases.generate.lower.Labels;
import dev.bytecodedsl.kit.jit.JitState;
import dev.bytecodedsl.kit.trace.UopStatus;
import dev.bytecodedsl.stencils.lower.CExpressions;
import dev.bytecodedsl.stencils.lower.CFunctions;
import dev.bytecodedsl.stencils.lower.CIntrinsics;
import dev.bytecodedsl.stencils.lower.CNames;
import dev.bytecodedsl.stencils.lower.CTypes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The prelude's part of the template data: word types, label statuses, constants, helper
 * declarations and functions of bytecodes.def, lowered once (so a name C cannot take is reported even where no
 * stencil uses it), in name order (so the text does not change when a definition only moves).
 *
 * <p>Each translation unit gets only the declarations its C text names ({@link #usedBy}),
 * transitively (a constant defined from another, a helper's parameter types, the functions and
 * helpers a function calls): the text is the
 * unit's cache key, so editing one constant recompiles the few stencils that use it, not all.
 */
public final class TemplateModel {

    /** What the prelude's fixed text (the JitState struct, the heap helpers) uses itself. */
    private static final Set<String> ALWAYS = Set.of("Value");
    /** A C identifier not preceded by a digit or a dot (so the {@code LL} of {@code 1LL} is no name). */
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![A-Za-z0-9_.])[A-Za-z_][A-Za-z0-9_]*");

    /**
     * The prelude's contract with the runtime kit, read from the kit's declarations: the JitState
     * struct's members in order and the statuses the uop interpreter and the JIT share.
     */
    private static final Map<String, Object> FIXED = Map.of(
            "jitState", Stream.of(JitState.Field.values()).map(JitState.Field::cDeclaration).toList(),
            "exitStatus", UopStatus.EXIT,
            "checkEvalBreakerStatus", UopStatus.CHECK_EVAL_BREAKER);

    private record Declaration(String kind, Object model, String text) {}

    /** Every declaration by the C identifier that references it, in prelude order. */
    private final Map<String, Declaration> byName = new LinkedHashMap<>();

    private TemplateModel() {}

    public static TemplateModel of(Declarations declarations) {
        TemplateModel model = new TemplateModel();
        declarations.types().values().forEach(t -> {
            String name = CNames.check(t.name(), t.pos(), "type");
            model.add(name, "types", name, "");
        });
        Labels labels = Labels.of(declarations);
        for (String label : labels.names()) {
            String constant = Labels.constant(label);
            model.add("JIT_" + constant, "labels",
                    Map.of("constant", constant, "code", Integer.toString(labels.code(label))), "");
        }
        for (Definition.ConstDecl c : declarations.constants().values()) {
            String type = CTypes.of(c.type());
            String value = CExpressions.lower(c.value(), CExpressions.CONSTANTS);
            model.add(CNames.check(c.name(), c.pos(), "constant"), "constants",
                    Map.of("name", c.name(), "type", type, "value", value), type + " " + value);
        }
        for (Definition.HelperDecl h : declarations.helpers().values()) {
            String signature = signature(h);
            model.add(h.name(), "helpers", signature, signature);
        }
        for (String table : List.of(CIntrinsics.GETCONST_HELPER, CIntrinsics.GETNAME_HELPER)) {
            String signature = "Value " + table + "(int64_t i)";
            model.add(table, "helpers", signature, signature);
        }
        // A function's text is its definition: the functions, constants and helpers it uses come along.
        for (CFunctions.LoweredFunction f : CFunctions.lower(declarations)) {
            model.add(f.name(), "functions", Map.of("prototype", f.prototype(), "definition", f.definition()),
                    f.definition());
        }
        return model;
    }

    private void add(String name, String kind, Object model, String text) {
        byName.putIfAbsent(name, new Declaration(kind, model, text));
    }


    /** The declarations {@code text} (a unit's own C) names, and what those name in turn. */
    public Map<String, Object> usedBy(String text) {
        Set<String> used = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(ALWAYS);
        identifiers(text, pending);
        while (!pending.isEmpty()) {
            String name = pending.pop();
            Declaration declaration = byName.get(name);
            if (declaration != null && used.add(name)) {
                identifiers(declaration.text(), pending);
            }
        }
        return model(used);
    }

    private Map<String, Object> model(Set<String> names) {
        Map<String, Object> model = new LinkedHashMap<>(FIXED);
        for (String kind : List.of("types", "labels", "constants", "helpers", "functions")) {
            model.put(kind, byName.entrySet().stream()
                    .filter(e -> e.getValue().kind().equals(kind) && names.contains(e.getKey()))
                    .map(e -> e.getValue().model())
                    .toList());
        }
        return model;
    }

    private static void identifiers(String text, Deque<String> into) {
        Matcher m = IDENTIFIER.matcher(text);
        while (m.find()) {
            into.push(m.group());
        }
    }

    /** {@code Value range_iter_next(Value it)}: the helper's C declaration, by its DSL name. */
    public static String signature(Definition.HelperDecl helper) {
        List<String> params = helper.params().stream()
                .map(p -> CTypes.declaration(p.type(), CNames.check(p.name(), p.pos(), "parameter")))
                .toList();
        return CTypes.declaration(helper.returnType(), CNames.check(helper.name(), helper.pos(), "helper"))
                + "(" + (params.isEmpty() ? "void" : String.join(", ", params)) + ")";
    }
}
