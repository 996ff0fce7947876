package dev.bytecodedsl.python.compile;

import dev.bytecodedsl.generated.Opcodes;
import dev.bytecodedsl.python.ast.Expr;
import dev.bytecodedsl.python.ast.Stmt;
import java.util.List;
import java.util.Optional;

/** Assignment statements and stores to targets (names, attributes, subscripts, slices, unpacking). */
final class Assignments {

    private final CodeUnit unit;
    private final InstructionSequence seq;
    private final NameOps names;
    private final ExpressionCompiler exprs;

    Assignments(CodeUnit unit, NameOps names, ExpressionCompiler exprs) {
        this.unit = unit;
        this.seq = unit.seq;
        this.names = names;
        this.exprs = exprs;
    }

    /**
     * {@code t1 = t2 = value}: the value is copied for every target but the last. A single unpacking
     * of a same-length 2- or 3-element display, {@code a, b = b, a + b}, builds no tuple: CPython
     * 3.13's optimizer turns BUILD_TUPLE n + UNPACK_SEQUENCE n into SWAP n, leaving the items in
     * the order the targets pop them. Constant displays were folded to one tuple constant instead.
     */
    void assign(Stmt.Assign a) {
        if (a.targets().size() == 1 && swapUnpack(a.targets().getFirst(), a.value())) {
            return;
        }
        exprs.compile(a.value());
        List<Expr> targets = a.targets();
        for (int i = 0; i < targets.size(); i++) {
            if (i < targets.size() - 1) {
                unit.at(a.pos());
                seq.emit(Opcodes.COPY, 1);
            }
            store(targets.get(i));
        }
    }

    private boolean swapUnpack(Expr target, Expr value) {
        Optional<List<Expr>> targets = elements(target);
        if (targets.isEmpty() || !(value instanceof Expr.TupleDisplay t) || Constants.of(value).isPresent()) {
            return false;
        }
        int n = t.elements().size();
        if (n != targets.get().size() || n < 1 || n > 3) {
            return false;
        }
        t.elements().forEach(exprs::compile);
        unit.at(target.pos());
        if (n > 1) {
            seq.emit(Opcodes.SWAP, n); // n = 3 swaps first and third; the middle item is in place
        }
        targets.get().forEach(this::store);
        return true;
    }

    private static Optional<List<Expr>> elements(Expr target) {
        if (target instanceof Expr.TupleDisplay t) {
            return Optional.of(t.elements());
        }
        return target instanceof Expr.ListDisplay l ? Optional.of(l.elements()) : Optional.empty();
    }

    /** Stores the value on top of the stack into {@code target}. */
    void store(Expr target) {
        // Five kinds of target out of all expressions: instanceof tests (a pattern switch costs a
        // bootstrap at start-up, see Expr.Visitor).
        if (target instanceof Expr.Name n) {
            unit.at(n.pos());
            names.store(n.id());
        } else if (target instanceof Expr.Attribute a) {
            exprs.compile(a.value());
            unit.at(a.pos());
            names.storeAttr(a.name());
        } else if (target instanceof Expr.Subscript s) {
            exprs.compile(s.value());
            if (s.index() instanceof Expr.Slice slice && slice.step().isEmpty()) {
                exprs.slice(slice);
                unit.at(s.pos());
                seq.emit(Opcodes.STORE_SLICE);
            } else {
                exprs.compile(s.index());
                unit.at(s.pos());
                seq.emit(Opcodes.STORE_SUBSCR);
            }
        } else {
            List<Expr> elements = elements(target).orElseThrow(
                    () -> new IllegalStateException("the parser rejects this assignment target: " + target));
            unpack(target.pos(), elements);
        }
    }

    private void unpack(dev.bytecodedsl.diagnostics.SourcePos pos, List<Expr> elements) {
        unit.at(pos);
        if (elements.size() >= CodeUnit.OPARG_LIMIT) {
            unit.error("too many targets in unpacking (limit " + (CodeUnit.OPARG_LIMIT - 1) + ")");
        }
        seq.emit(Opcodes.UNPACK_SEQUENCE, Math.min(elements.size(), CodeUnit.OPARG_LIMIT - 1));
        elements.forEach(this::store);
    }

    /**
     * {@code target op= value} evaluates the target's container and key once: they are copied
     * before the load and rotated under the result for the store, as CPython does.
     */
    void augAssign(Stmt.AugAssign a) {
        int inplace = Operators.inplaceOp(a.op());
        Expr target = a.target();
        if (target instanceof Expr.Name n) {
            inplace(a, inplace, 0, () -> exprs.compile(n), () -> names.store(n.id()));
        } else if (target instanceof Expr.Attribute t) {
            exprs.compile(t.value());
            unit.at(t.pos());
            inplace(a, inplace, 1, () -> names.loadAttr(t.name(), false), () -> names.storeAttr(t.name()));
        } else if (target instanceof Expr.Subscript s && s.index() instanceof Expr.Slice slice && slice.step().isEmpty()) {
            exprs.compile(s.value());
            exprs.slice(slice);
            unit.at(s.pos());
            inplace(a, inplace, 3, () -> seq.emit(Opcodes.BINARY_SLICE), () -> seq.emit(Opcodes.STORE_SLICE));
        } else if (target instanceof Expr.Subscript s) {
            exprs.compile(s.value());
            exprs.compile(s.index());
            unit.at(s.pos());
            inplace(a, inplace, 2, () -> seq.emit(Opcodes.BINARY_SUBSCR), () -> seq.emit(Opcodes.STORE_SUBSCR));
        } else {
            throw new IllegalStateException("the parser rejects this augmented target: " + target);
        }
    }

    /**
     * With the target's {@code operands} (container, key, bounds) on the stack: copies them, loads
     * through the copies, applies the operator, rotates the result below the operands and stores.
     */
    private void inplace(Stmt.AugAssign a, int inplace, int operands, Runnable load, Runnable store) {
        for (int i = 0; i < operands; i++) {
            seq.emit(Opcodes.COPY, operands);
        }
        load.run();
        exprs.compile(a.value());
        unit.at(a.pos());
        seq.emit(Opcodes.BINARY_OP, inplace);
        for (int depth = operands + 1; depth >= 2; depth--) {
            seq.emit(Opcodes.SWAP, depth);
        }
        store.run();
    }
}
