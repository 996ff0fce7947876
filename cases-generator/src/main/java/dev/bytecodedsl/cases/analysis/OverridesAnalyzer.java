package dev.bytecodedsl.cases.analysis;

import dev.bytecodedsl.cases.analysis.body.BodyChecker;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.DslFile;
import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.grammar.ast.TypeRef;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourcePos;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the optimizer's overrides files against the analyzed instruction set: each override names
 * a uop and has exactly its stack effect and cache layout, bodies type-check over the symbol helpers,
 * and no body leaves (an abstract case runs at optimization time, not in a trace).
 */
final class OverridesAnalyzer {

    /** What an abstract body may not do: it only records knowledge and rewrites its own uop. */
    private static final Set<Flag> FORBIDDEN =
            EnumSet.of(Flag.JUMPS, Flag.MAY_DEOPT, Flag.MAY_EXIT, Flag.MAY_ERROR, Flag.EVAL_BREAK);

    private final Diagnostics diagnostics;

    OverridesAnalyzer(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Overrides analyze(List<DslFile> files, Declarations base, List<Uop> uops) {
        Declarations own = Declarations.collect(files, diagnostics);
        Map<String, Definition.ConstDecl> constants = new LinkedHashMap<>(base.constants());
        Set<String> uopNames = new LinkedHashSet<>();
        for (Uop uop : uops) {
            if (!constants.containsKey(uop.name())) {
                constants.put(uop.name(), new Definition.ConstDecl(SourcePos.BUILTIN,
                        new TypeRef(SourcePos.BUILTIN, "int", false), uop.name(),
                        new Expr.IntLit(SourcePos.BUILTIN, uop.id())));
                uopNames.add(uop.name());
            }
        }
        Map<String, Definition.HelperDecl> helpers = new LinkedHashMap<>(base.helpers());
        own.helpers().forEach((name, helper) -> {
            if (helpers.putIfAbsent(name, helper) != null || constants.containsKey(name)) {
                diagnostics.error(helper.pos(), "duplicate name '" + name + "' (already declared in the instruction set)");
            }
        });
        if (!own.types().isEmpty() || !own.constants().isEmpty() || !own.labels().isEmpty()
                || !own.functions().isEmpty()) {
            Definition first = firstOf(own);
            diagnostics.error(first.pos(), "an overrides file declares only extern symbol helpers and override ops");
        }
        // No functions: their bodies compute on values, and an override's inputs are symbols.
        Declarations declarations = new Declarations(base.types(), constants, helpers, base.labels(), Map.of());
        Map<String, Op> targets = uops.stream().map(Uop::op)
                .collect(Collectors.toMap(Op::name, op -> op, (a, b) -> a, LinkedHashMap::new));
        BodyChecker checker = new BodyChecker(declarations, diagnostics);
        OpAnalyzer opAnalyzer = new OpAnalyzer(declarations, diagnostics, true);
        Map<String, Op> ops = new LinkedHashMap<>();
        for (DslFile file : files) {
            for (Definition def : file.definitions()) {
                switch (def) {
                    case Definition.HelperDecl h -> checker.checkHelper(h);
                    case Definition.InstructionDef i -> override(i, targets, checker, opAnalyzer)
                            .ifPresent(op -> {
                                if (ops.putIfAbsent(op.name(), op) != null) {
                                    diagnostics.error(i.pos(), "'" + i.name() + "' is overridden twice");
                                }
                            });
                    case Definition.MacroDef m -> notAllowed(m);
                    case Definition.FamilyDef f -> notAllowed(f);
                    case Definition.PseudoDef p -> notAllowed(p);
                    case Definition.TypeDecl t -> { } // reported above
                    case Definition.ConstDecl c -> { }
                    case Definition.LabelDef l -> { }
                    case Definition.FunctionDef f -> { } // reported above
                }
            }
        }
        return new Overrides(declarations, ops, uopNames);
    }

    private Optional<Op> override(Definition.InstructionDef def, Map<String, Op> targets, BodyChecker checker,
            OpAnalyzer opAnalyzer) {
        Op target = targets.get(def.name());
        if (target == null) {
            diagnostics.error(def.pos(), "override of unknown uop '" + def.name() + "' (not a tier-2 op of the instruction set)");
            return Optional.empty();
        }
        checker.checkInstruction(def);
        Op op = opAnalyzer.analyze(def);
        if (!effect(op).equals(effect(target))) {
            diagnostics.error(def.pos(), "override '" + def.name() + "' has stack effect " + effect(op)
                    + " but the uop has " + effect(target));
        }
        op.flags().stream().filter(FORBIDDEN::contains).findFirst().ifPresent(flag -> diagnostics.error(def.pos(),
                "override '" + def.name() + "' " + describe(flag) + ": abstract cases run while optimizing, not in a trace"));
        return Optional.of(op);
    }

    /** Stack items by name and size, then the cache entries: what callers of the uop rely on. */
    private static String effect(Op op) {
        return "(" + items(op.inputs()) + " -- " + items(op.outputs()) + ")"
                + (op.caches().isEmpty() ? "" : " with cache " + op.caches().stream()
                        .map(c -> c.name() + "/" + c.size()).collect(Collectors.joining(", ")));
    }

    private static String items(List<Slot> slots) {
        return slots.stream().map(s -> s.size().isConstant() && s.size().constant() == 1 && !s.item().isArray()
                        && s.item().condition().isEmpty() ? s.name() : s.name() + "[" + s.size() + "]")
                .collect(Collectors.joining(", "));
    }

    private static String describe(Flag flag) {
        return switch (flag) {
            case JUMPS -> "uses JUMPBY";
            case MAY_DEOPT -> "uses DEOPT_IF";
            case MAY_EXIT -> "uses EXIT_IF";
            case MAY_ERROR -> "can raise (ERROR_IF, goto)";
            case EVAL_BREAK -> "uses CHECK_EVAL_BREAKER";
            default -> "uses " + flag;
        };
    }

    private void notAllowed(Definition def) {
        diagnostics.error(def.pos(), "an overrides file declares only extern symbol helpers and override ops");
    }

    private static Definition firstOf(Declarations own) {
        List<Definition> all = new ArrayList<>();
        all.addAll(own.types().values());
        all.addAll(own.constants().values());
        all.addAll(own.labels().values());
        all.addAll(own.functions().values());
        return all.stream().min(Comparator.comparingInt((Definition d) -> d.pos().line())).orElseThrow();
    }
}
