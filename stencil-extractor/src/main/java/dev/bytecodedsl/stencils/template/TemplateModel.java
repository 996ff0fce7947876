package dev.bytecodedsl.stencils.template;

import dev.bytecodedsl.analysis.Declarations;
import dev.bytecodedsl.ast.Definition;
import dev.bytecodedsl.generate.java.Labels;
import dev.bytecodedsl.stencils.lower.CExpressions;
import dev.bytecodedsl.stencils.lower.CIntrinsics;
import dev.bytecodedsl.stencils.lower.CNames;
import dev.bytecodedsl.stencils.lower.CTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prelude's part of the template data: word types, label statuses, constants and helper
 * declarations of bytecodes.def, in name order (so the text, and the cache key, does not change when
 * a definition only moves in the file).
 */
public final class TemplateModel {

    private TemplateModel() {}

    public static Map<String, Object> prelude(Declarations declarations) {
        Map<String, Object> model = new LinkedHashMap<>();
        List<String> types = new ArrayList<>();
        declarations.types().values().forEach(t -> types.add(CNames.check(t.name(), t.pos(), "type")));
        model.put("types", types);
        Labels labels = Labels.of(declarations);
        model.put("labels", labels.names().stream()
                .map(l -> Map.of("constant", Labels.constant(l), "code", Integer.toString(labels.code(l))))
                .toList());
        List<Map<String, String>> constants = new ArrayList<>();
        for (Definition.ConstDecl c : declarations.constants().values()) {
            constants.add(Map.of(
                    "name", CNames.check(c.name(), c.pos(), "constant"),
                    "type", CTypes.of(c.type()),
                    "value", CExpressions.lower(c.value(), CExpressions.CONSTANTS)));
        }
        model.put("constants", constants);
        List<String> helpers = new ArrayList<>();
        for (Definition.HelperDecl h : declarations.helpers().values()) {
            helpers.add(signature(h));
        }
        helpers.add("Value " + CIntrinsics.GETCONST_HELPER + "(int64_t i)");
        helpers.add("Value " + CIntrinsics.GETNAME_HELPER + "(int64_t i)");
        model.put("helpers", helpers);
        return model;
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
