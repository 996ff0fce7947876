package dev.bytecodedsl.cases.analysis.body;

import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.StackEffect;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourcePos;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Builds the scope a body starts in. */
final class Scopes {

    private Scopes() {}

    /** The constants as symbols: built once per run and shared by every scope (see {@link Scope#Scope(Map)}). */
    static Map<String, Symbol> constantSymbols(Declarations declarations) {
        Map<String, Symbol> symbols = new HashMap<>();
        for (Definition.ConstDecl constant : declarations.constants().values()) {
            symbols.putIfAbsent(constant.name(), new Symbol.Constant(constant, DslType.of(constant.type(), declarations)));
        }
        return Collections.unmodifiableMap(symbols);
    }

    /** Constants only: the scope of a constant's initializer, and of a label body. */
    static Scope constants(Map<String, Symbol> constantSymbols) {
        return new Scope(constantSymbols);
    }

    /** Constants, then on top oparg, the cache entries and the named stack items of the instruction. */
    static Scope instruction(StackValues stack, Map<String, Symbol> constantSymbols) {
        Scope scope = constants(constantSymbols);
        scope.declare(new Symbol.Oparg());
        stack.byName().values().forEach(scope::declare);
        for (StackEffect.CacheEntry entry : stack.effect().cacheEntries()) {
            if (!entry.isUnused()) {
                scope.declare(new Symbol.CacheEntry(entry));
            }
        }
        return scope;
    }

    /**
     * No stack item or cache entry may take a constant's name (found by the DSL fuzz test: the body
     * would mean the item, generated Java the constant). As with locals, one name means one thing
     * throughout a body, so neither the Java nor the C lowering needs shadowing rules.
     */
    static void checkNoConstantNamed(StackEffect effect, Map<String, Symbol> constantSymbols, Diagnostics diagnostics) {
        for (StackEffect.StackItem item : effect.stackInputs()) {
            checkNotConstant(item.pos(), item.name(), item.isUnused(), "stack item", constantSymbols, diagnostics);
        }
        for (StackEffect.StackItem item : effect.stackOutputs()) {
            checkNotConstant(item.pos(), item.name(), item.isUnused(), "stack item", constantSymbols, diagnostics);
        }
        for (StackEffect.CacheEntry entry : effect.cacheEntries()) {
            checkNotConstant(entry.pos(), entry.name(), entry.isUnused(), "cache entry", constantSymbols, diagnostics);
        }
    }

    private static void checkNotConstant(SourcePos pos, String name, boolean unused,
            String what, Map<String, Symbol> constantSymbols, Diagnostics diagnostics) {
        Symbol constant = constantSymbols.get(name);
        if (!unused && constant != null) {
            diagnostics.error(pos, what + " '" + name + "' has the name of a constant (" + constant.describe(pos) + ")");
        }
    }

    /**
     * The named stack items of an instruction as variables: an input and an output with the same name
     * become one pass-through variable.
     */
    record StackValues(StackEffect effect, Map<String, Symbol.StackValue> byName) {

        static StackValues of(StackEffect effect, Declarations declarations, Diagnostics diagnostics) {
            Map<String, Symbol.StackValue> byName = new LinkedHashMap<>();
            for (StackEffect.StackItem input : effect.stackInputs()) {
                if (!input.isUnused()) {
                    byName.putIfAbsent(input.name(), new Symbol.StackValue(
                            input.name(), type(input, declarations, diagnostics), Optional.of(input), Optional.empty()));
                }
            }
            for (StackEffect.StackItem output : effect.stackOutputs()) {
                if (output.isUnused()) {
                    continue;
                }
                Symbol.StackValue input = byName.get(output.name());
                if (input == null) {
                    byName.put(output.name(), new Symbol.StackValue(
                            output.name(), type(output, declarations, diagnostics), Optional.empty(), Optional.of(output)));
                } else if (input.output().isEmpty()) {
                    // The input's type wins; a pass-through whose type changes is the stack-effect check's business.
                    type(output, declarations, diagnostics);
                    byName.put(output.name(), new Symbol.StackValue(
                            input.name(), input.type(), input.input(), Optional.of(output)));
                }
            }
            return new StackValues(effect, Collections.unmodifiableMap(byName));
        }

        /** {@code name: T} has type T, a plain {@code name} the stack word; {@code name[n]} an array of it. */
        private static Optional<DslType> type(
                StackEffect.StackItem item, Declarations declarations, Diagnostics diagnostics) {
            Optional<DslType> element = item.type().isPresent()
                    ? DslType.of(item.type().get(), declarations, diagnostics)
                    : Optional.of(DslType.VALUE);
            return item.isArray() ? element.map(DslType.Array::new) : element;
        }
    }
}
