package dev.bytecodedsl.cases.generate.java;

import com.squareup.javapoet.CodeBlock;
import dev.bytecodedsl.cases.analysis.CacheSlot;
import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.cases.analysis.Op;
import dev.bytecodedsl.cases.analysis.Slot;
import dev.bytecodedsl.cases.analysis.StackSize;
import dev.bytecodedsl.cases.analysis.body.Reachability;
import dev.bytecodedsl.cases.generate.DslReferences;
import dev.bytecodedsl.grammar.ast.Statements;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Emits one op as a Java block, for any interpreter. Each op reads its inputs from the native stack,
 * runs its body and writes its outputs back, so the stack in memory is exact between ops: an
 * escaping helper, an error, an exit or a frame switch never sees values that live only in Java
 * locals. (Pass-through outputs are not rewritten, so a guard costs its loads and nothing more.)
 * Where cache entries come from and what the special statements do is the {@link Semantics}'s business.
 */
public final class OpEmitter {

    /** Generated plumbing names start with {@code __}, which the DSL reserves. */
    public static final String REGISTERS = "__s";
    public static final String STACK = "__stack";
    public static final String SP = "__sp";
    public static final String IP = "__ip";
    public static final String AFTER = "__after";
    public static final String NEXT = "__next";
    public static final String BREAKER = "__breaker";
    /** A trace's operand for the uop (its one cache entry), in the uop and abstract interpreters. */
    public static final String OPERAND = "__operand";

    /** What differs between the interpreters. */
    public interface Semantics {
        /** A Java expression reading a cache entry of the op. */
        String readCache(CacheSlot cache);

        /**
         * A Java statement storing the local named after a {@linkplain CacheSlot#written written}
         * cache entry back into the code. Only tier 1 runs such ops: the analyzer keeps them out of
         * traces, where entries are constant operands.
         */
        default String writeCache(CacheSlot cache) {
            throw new IllegalStateException("an op writing cache entry '" + cache.name() + "' cannot run in a trace");
        }

        /** The special statements of an op that pops {@code popped} slots. */
        BodyLowering.SpecialStatements statements(Op op, StackAccess stack, StackSize popped);
    }

    private final Declarations declarations;
    private final BodyLowering.Names names;
    private final Semantics semantics;
    private final StackAccess stack = new StackAccess(SP);

    public OpEmitter(Declarations declarations, Semantics semantics) {
        this(declarations, InterpreterNames.of(declarations), semantics);
    }

    /** With other meanings for names (the abstract interpreter's uop-id constants). */
    public OpEmitter(Declarations declarations, BodyLowering.Names names, Semantics semantics) {
        this.declarations = declarations;
        this.names = names;
        this.semantics = semantics;
    }

    public void emit(CodeBlock.Builder out, Op op) {
        out.add("// $L\n", DslReferences.of(op.definition()));
        out.add("{\n").indent();
        StackSize popped = StackAccess.total(op.inputs());
        List<StackSize> inputOffsets = StackAccess.offsets(op.inputs());
        for (int i = 0; i < op.inputs().size(); i++) {
            readInput(out, op.inputs().get(i), inputOffsets.get(i).minus(popped));
        }
        for (CacheSlot cache : op.caches()) {
            if (!cache.entry().isUnused()) {
                out.addStatement("long $L = $L", cache.name(), semantics.readCache(cache));
            }
        }
        List<StackSize> outputOffsets = StackAccess.offsets(op.outputs());
        for (int i = 0; i < op.outputs().size(); i++) {
            declareOutput(out, op, op.outputs().get(i), outputOffsets.get(i).minus(popped));
        }
        new BodyLowering(declarations, names, semantics.statements(op, stack, popped))
                .statements(out, op.definition().body().statements());
        if (!Reachability.completesNormally(op.definition().body())) {
            out.unindent().add("}\n");
            return; // the body always leaves (goto, ERROR_NO_POP...): Java rejects code after it
        }
        Set<String> assigned = Statements.assignedNames(op.definition().body());
        for (int i = 0; i < op.outputs().size(); i++) {
            writeOutput(out, op, op.outputs().get(i), outputOffsets.get(i).minus(popped), assigned);
        }
        for (CacheSlot cache : op.caches()) {
            if (cache.written()) {
                out.addStatement("$L", semantics.writeCache(cache));
            }
        }
        StackSize delta = StackAccess.total(op.outputs()).minus(popped);
        if (!delta.isConstant() || delta.constant() != 0) {
            out.addStatement("$L = $L", SP, stack.at(delta));
        }
        out.unindent().add("}\n");
    }

    private void readInput(CodeBlock.Builder out, Slot slot, StackSize position) {
        if (slot.item().isUnused()) {
            return;
        }
        if (slot.item().isArray()) {
            out.addStatement("int $L = $L", slot.name(), stack.at(position));
            return;
        }
        String load = STACK + ".getAtIndex(JAVA_LONG, " + stack.at(position) + ")";
        if (slot.item().condition().isPresent()) {
            out.addStatement("long $L = $L ? $L : 0L", slot.name(), condition(slot), load);
        } else {
            out.addStatement("long $L = $L", slot.name(), load);
        }
    }

    private void declareOutput(CodeBlock.Builder out, Op op, Slot slot, StackSize position) {
        if (slot.item().isUnused() || input(op, slot.name()).isPresent()) {
            return;
        }
        if (slot.item().isArray()) {
            out.addStatement("int $L = $L", slot.name(), stack.at(position));
        } else {
            out.addStatement("long $L = 0L", slot.name());
        }
    }

    private void writeOutput(CodeBlock.Builder out, Op op, Slot slot, StackSize position, Set<String> assigned) {
        if (slot.item().isUnused()) {
            return;
        }
        Optional<StackSize> inputPosition = input(op, slot.name()).map(i -> inputPosition(op, i));
        boolean inPlace = inputPosition.isPresent() && inputPosition.get().sameAs(position);
        if (slot.item().isArray()) {
            if (inputPosition.isPresent() && !inPlace) {
                throw new IllegalStateException(op.name() + ": array '" + slot.name() + "' moves on the stack");
            }
            return; // written element by element by the body, or passed through where it was
        }
        if (inPlace && !assigned.contains(slot.name())) {
            return;
        }
        String store = STACK + ".setAtIndex(JAVA_LONG, " + stack.at(position) + ", " + slot.name() + ")";
        if (slot.item().condition().isPresent()) {
            out.beginControlFlow("if ($L)", condition(slot)).addStatement(store).endControlFlow();
        } else {
            out.addStatement(store);
        }
    }

    /** The input a same-named output passes through, if any. */
    public static Optional<Slot> input(Op op, String name) {
        return op.inputs().stream().filter(s -> !s.item().isUnused() && s.name().equals(name)).findFirst();
    }

    /** Where an input sits, relative to the stack pointer at the op's entry. */
    public static StackSize inputPosition(Op op, Slot input) {
        int index = op.inputs().indexOf(input);
        return StackAccess.offsets(op.inputs()).get(index).minus(StackAccess.total(op.inputs()));
    }

    private static String condition(Slot slot) {
        return JavaExpressions.paren(slot.item().condition().orElseThrow(), JavaExpressions.CONSTANTS);
    }
}
