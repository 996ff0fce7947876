package dev.bytecodedsl.cases.analysis;

import dev.bytecodedsl.cases.analysis.body.DslType;
import dev.bytecodedsl.cases.analysis.body.Operators;
import dev.bytecodedsl.grammar.ast.BinaryOp;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.DslPrinter;
import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.grammar.ast.StackEffect;
import dev.bytecodedsl.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Turns written stack items into sized {@link Slot}s, checking what the notation allows: array sizes
 * and item conditions are expressions of oparg and constants only (generators evaluate them from
 * the instruction's oparg alone), item names are unique per side, and cache entries are inputs.
 */
final class StackEffects {

    /** The largest array size that does not depend on oparg. */
    static final long MAX_ARRAY_SIZE = 1 << 16;

    private final Declarations declarations;
    private final Diagnostics diagnostics;

    StackEffects(Declarations declarations, Diagnostics diagnostics) {
        this.declarations = declarations;
        this.diagnostics = diagnostics;
    }

    static StackSize total(List<Slot> slots) {
        StackSize total = StackSize.ZERO;
        for (Slot slot : slots) {
            total = total.plus(slot.size());
        }
        return total;
    }

    List<Slot> inputs(String owner, StackEffect effect) {
        return slots(owner, effect.inputs(), "input");
    }

    List<Slot> outputs(String owner, StackEffect effect) {
        for (StackEffect.EffectItem item : effect.outputs()) {
            if (item instanceof StackEffect.CacheEntry cache) {
                diagnostics.error(cache.pos(), "cache entry '" + cache.name() + "' of '" + owner
                        + "' must be an input (cache entries are read, never pushed)");
            }
        }
        return slots(owner, effect.outputs(), "output");
    }

    /**
     * An output named like an input passes it through. The generators leave a passed-through array
     * where it is (the body writes its elements in place), so both sides must be arrays of the same
     * size at the same depth: a pass-through array cannot grow, shrink or move on the stack.
     */
    void checkPassThroughArrays(String owner, List<Slot> inputs, List<Slot> outputs) {
        Map<String, StackSize> inputDepths = depths(inputs);
        Map<String, StackSize> outputDepths = depths(outputs);
        for (Slot output : outputs) {
            Slot input = inputs.stream().filter(i -> !i.item().isUnused() && i.name().equals(output.name()))
                    .findFirst().orElse(null);
            if (input == null || output.item().isUnused()
                    || !input.item().isArray() && !output.item().isArray()) {
                continue;
            }
            String what = "'" + output.name() + "' of '" + owner + "' passes an input through";
            if (input.item().isArray() != output.item().isArray()) {
                diagnostics.error(output.item().pos(), what + ", but only one side is an array");
            } else if (!input.size().sameAs(output.size())) {
                diagnostics.error(output.item().pos(), what + ", but its size changes from "
                        + DslPrinter.print(input.item().arraySize().orElseThrow()) + " to "
                        + DslPrinter.print(output.item().arraySize().orElseThrow())
                        + " (a passed-through array stays as it is)");
            } else if (!inputDepths.get(input.name()).sameAs(outputDepths.get(output.name()))) {
                diagnostics.error(output.item().pos(), what + ", but it moves on the stack (the items below it change"
                        + " size); a passed-through array stays where it is");
            }
        }
    }

    /** Where each named item starts, counted in slots from the bottom of its side. */
    private static Map<String, StackSize> depths(List<Slot> slots) {
        Map<String, StackSize> depths = new HashMap<>();
        StackSize depth = StackSize.ZERO;
        for (Slot slot : slots) {
            depths.putIfAbsent(slot.name(), depth);
            depth = depth.plus(slot.size());
        }
        return depths;
    }

    /** Cache entries with their offsets; sizes must be 1, 2 or 4 code units (16, 32, 64 bits). */
    List<CacheSlot> caches(String owner, StackEffect effect) {
        List<CacheSlot> caches = new ArrayList<>();
        int offset = 0;
        for (StackEffect.CacheEntry entry : effect.cacheEntries()) {
            ReservedNames.check(entry.name(), entry.pos(), "cache entry", diagnostics);
            if (entry.size() != 1 && entry.size() != 2 && entry.size() != 4) {
                diagnostics.error(entry.pos(), "cache entry '" + entry.name() + "' of '" + owner
                        + "' has size " + entry.size() + "; sizes are 1, 2 or 4 code units");
            }
            caches.add(new CacheSlot(entry, offset));
            offset += entry.size();
        }
        return caches;
    }

    private List<Slot> slots(String owner, List<StackEffect.EffectItem> items, String side) {
        List<Slot> slots = new ArrayList<>();
        Map<String, StackEffect.StackItem> seen = new HashMap<>();
        for (StackEffect.EffectItem item : items) {
            if (!(item instanceof StackEffect.StackItem stackItem)) {
                continue;
            }
            if (!stackItem.isUnused()) {
                ReservedNames.check(stackItem.name(), stackItem.pos(), "stack item", diagnostics);
                if (stackItem.name().equals("oparg")) {
                    diagnostics.error(stackItem.pos(), "'oparg' is reserved and cannot name a stack item");
                }
                StackEffect.StackItem previous = seen.putIfAbsent(stackItem.name(), stackItem);
                if (previous != null) {
                    diagnostics.error(stackItem.pos(), "duplicate " + side + " '" + stackItem.name() + "' in '"
                            + owner + "'");
                }
            }
            if (stackItem.isArray() && stackItem.condition().isPresent()) {
                diagnostics.error(stackItem.pos(), "stack item '" + stackItem.name()
                        + "' cannot be both an array and conditional");
            }
            stackItem.type().ifPresent(type -> checkWordType(stackItem, type));
            slots.add(new Slot(stackItem, size(stackItem)));
        }
        return slots;
    }

    private StackSize size(StackEffect.StackItem item) {
        if (item.arraySize().isPresent()) {
            Expr size = item.arraySize().get();
            checkOpargExpression(size, "array size of '" + item.name() + "'", DslType.INT);
            checkConstantArraySize(item, size);
            return StackSize.of(size);
        }
        if (item.condition().isPresent()) {
            Expr condition = item.condition().get();
            checkOpargExpression(condition, "condition of '" + item.name() + "'", DslType.BOOL);
            return StackSize.conditional(condition);
        }
        return StackSize.ONE;
    }

    /**
     * An array size that does not depend on oparg must be a real number of slots: a negative one would
     * make the metadata pop a negative count, and the generated code computes sizes as Java ints, so a
     * huge one (say {@code 1 << 62}) would wrap around. The limit is far above any frame's stack.
     */
    private void checkConstantArraySize(StackEffect.StackItem item, Expr size) {
        try {
            OptionalLong value = constantValue(size, 0);
            if (value.isPresent() && (value.getAsLong() < 0 || value.getAsLong() > MAX_ARRAY_SIZE)) {
                diagnostics.error(size.start(), "array size of '" + item.name() + "' is " + value.getAsLong()
                        + "; a constant size must be between 0 and " + MAX_ARRAY_SIZE + " stack slots");
            }
        } catch (ArithmeticException overflow) {
            diagnostics.error(size.start(), "array size of '" + item.name() + "' overflows 64 bits; a constant size"
                    + " must be between 0 and " + MAX_ARRAY_SIZE + " stack slots");
        }
    }

    /**
     * The value of an int expression of literals and int constants, or empty when it depends on oparg
     * (or is anything else, which {@link #typeOf} reports). Throws on 64-bit overflow. Depth bounds
     * constants defined in terms of each other in a cycle (reported by the constant checker).
     */
    private OptionalLong constantValue(Expr expr, int depth) {
        if (depth > 64) {
            return OptionalLong.empty();
        }
        return switch (expr) {
            case Expr.IntLit i -> OptionalLong.of(i.value());
            case Expr.Name n -> {
                Definition.ConstDecl constant = declarations.constants().get(n.name());
                yield constant != null && constant.type().name().equals("int")
                        ? constantValue(constant.value(), depth + 1) : OptionalLong.empty();
            }
            case Expr.Unary u -> {
                OptionalLong operand = constantValue(u.operand(), depth + 1);
                yield operand.isEmpty() ? operand : switch (u.op()) {
                    case NEG -> OptionalLong.of(Math.negateExact(operand.getAsLong()));
                    case BIT_NOT -> OptionalLong.of(~operand.getAsLong());
                    case NOT -> OptionalLong.empty();
                };
            }
            case Expr.Binary b -> {
                OptionalLong left = constantValue(b.left(), depth + 1);
                OptionalLong right = constantValue(b.right(), depth + 1);
                yield left.isEmpty() || right.isEmpty() ? OptionalLong.empty()
                        : binary(b.op(), left.getAsLong(), right.getAsLong());
            }
            default -> OptionalLong.empty();
        };
    }

    /** DSL int arithmetic (the README's table): exact where it could wrap, shift counts masked, x / 0 == 0. */
    private static OptionalLong binary(BinaryOp op, long a, long b) {
        return switch (op) {
            case ADD -> OptionalLong.of(Math.addExact(a, b));
            case SUB -> OptionalLong.of(Math.subtractExact(a, b));
            case MUL -> OptionalLong.of(Math.multiplyExact(a, b));
            case DIV -> OptionalLong.of(b == 0 ? 0 : a / b);
            case REM -> OptionalLong.of(b == 0 ? a : a % b);
            case SHL -> OptionalLong.of(a << b);
            case SHR -> OptionalLong.of(a >> b);
            case USHR -> OptionalLong.of(a >>> b);
            case BIT_AND -> OptionalLong.of(a & b);
            case BIT_OR -> OptionalLong.of(a | b);
            case BIT_XOR -> OptionalLong.of(a ^ b);
            case LT, LE, GT, GE, EQ, NE, AND, OR -> OptionalLong.empty();
        };
    }

    /** Stack slots are 64-bit words, so only declared word types fit in them. */
    private void checkWordType(StackEffect.StackItem item, dev.bytecodedsl.grammar.ast.TypeRef type) {
        if (type.array() || !declarations.types().containsKey(type.name())) {
            diagnostics.error(type.pos(), "type of stack item '" + item.name() + "' must be a declared word type"
                    + " (declared with 'type'), got '" + type + "'");
        }
    }

    private void checkOpargExpression(Expr expr, String what, DslType expected) {
        typeOf(expr, what).filter(actual -> !actual.equals(expected)).ifPresent(actual ->
                diagnostics.error(expr.start(), what + " must be " + (expected.equals(DslType.INT) ? "an int" : "a bool")
                        + " expression of oparg"));
    }

    /**
     * Types an oparg expression by the body language's operator table (the generators lower it like
     * a body expression, so what javac would reject must be reported here); reports names other than
     * oparg and int or bool constants. Empty after an error.
     */
    private Optional<DslType> typeOf(Expr expr, String what) {
        return switch (expr) {
            case Expr.IntLit i -> Optional.of(DslType.INT);
            case Expr.BoolLit b -> Optional.of(DslType.BOOL);
            case Expr.FloatLit f -> notOparg(expr, what, "a float literal");
            case Expr.Name n -> nameType(n, what);
            case Expr.Call c -> notOparg(expr, what, "a call of '" + c.callee() + "'");
            case Expr.Index i -> notOparg(expr, what, "an index expression");
            case Expr.Unary u -> typeOf(u.operand(), what).flatMap(operand -> {
                Optional<DslType> result = Operators.unary(u.op(), operand);
                if (result.isEmpty()) {
                    diagnostics.error(u.pos(), Operators.unaryMismatch(u.op(), operand) + " (in the " + what + ")");
                }
                return result;
            });
            case Expr.Binary b -> binaryType(b, what);
            case Expr.Conditional c -> conditionalType(c, what);
        };
    }

    private Optional<DslType> binaryType(Expr.Binary binary, String what) {
        Optional<DslType> left = typeOf(binary.left(), what);
        Optional<DslType> right = typeOf(binary.right(), what);
        if (left.isEmpty() || right.isEmpty()) {
            return Operators.binaryResultRegardless(binary.op());
        }
        Optional<DslType> result = Operators.binary(binary.op(), left.get(), right.get());
        if (result.isEmpty()) {
            diagnostics.error(binary.pos(), Operators.binaryMismatch(binary.op(), left.get(), right.get())
                    + " (in the " + what + ")");
            return Operators.binaryResultRegardless(binary.op());
        }
        return result;
    }

    private Optional<DslType> conditionalType(Expr.Conditional conditional, String what) {
        typeOf(conditional.condition(), what).filter(t -> !t.equals(DslType.BOOL)).ifPresent(t ->
                diagnostics.error(conditional.condition().pos(), "condition of '?:' must be bool, got " + t
                        + " (in the " + what + ")"));
        Optional<DslType> ifTrue = typeOf(conditional.ifTrue(), what);
        Optional<DslType> ifFalse = typeOf(conditional.ifFalse(), what);
        if (ifTrue.isPresent() && ifFalse.isPresent() && !ifTrue.get().equals(ifFalse.get())) {
            diagnostics.error(conditional.ifFalse().pos(), "type error: branches of '?:' must have the same type, got "
                    + ifTrue.get() + " and " + ifFalse.get() + " (in the " + what + ")");
            return Optional.empty();
        }
        return ifTrue.isEmpty() ? ifFalse : ifTrue;
    }

    private Optional<DslType> nameType(Expr.Name name, String what) {
        if (name.name().equals("oparg")) {
            return Optional.of(DslType.INT);
        }
        Definition.ConstDecl constant = declarations.constants().get(name.name());
        if (constant != null && constant.type().name().equals("int")) {
            return Optional.of(DslType.INT);
        }
        if (constant != null && constant.type().name().equals("bool")) {
            return Optional.of(DslType.BOOL);
        }
        return notOparg(name, what, "'" + name.name() + "'");
    }

    private Optional<DslType> notOparg(Expr expr, String what, String found) {
        diagnostics.error(expr.pos(), what + " must be an expression of oparg and constants (found " + found + ")");
        return Optional.empty();
    }
}
