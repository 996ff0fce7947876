package dev.bytecodedsl.cases.generate.java;

import com.squareup.javapoet.CodeBlock;
import dev.bytecodedsl.cases.analysis.CacheSlot;
import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.cases.analysis.Op;
import dev.bytecodedsl.cases.analysis.Slot;
import dev.bytecodedsl.cases.analysis.StackSize;
import dev.bytecodedsl.cases.generate.lower.BodyNames;
import dev.bytecodedsl.cases.generate.lower.OpFrame;

/**
 * Emits one op as a Java block, for any interpreter: the shared {@link OpFrame} (read the inputs
 * from the native stack, run the body, write the outputs back) in Java's spelling. Where cache
 * entries come from and what the special statements do is the {@link Semantics}'s business.
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
    private final BodyNames names;
    private final Semantics semantics;
    private final StackAccess stack = new StackAccess(SP);

    public OpEmitter(Declarations declarations, Semantics semantics) {
        this(declarations, InterpreterNames.of(declarations), semantics);
    }

    /** With other meanings for names (the abstract interpreter's uop-id constants). */
    public OpEmitter(Declarations declarations, BodyNames names, Semantics semantics) {
        this.declarations = declarations;
        this.names = names;
        this.semantics = semantics;
    }

    public void emit(CodeBlock.Builder out, Op op) {
        OpFrame.write(out, op, new JavaFrame(op));
    }

    /** The frame's steps in Java: stack items are {@code long} slots of the native stack segment. */
    private final class JavaFrame implements OpFrame.Target<CodeBlock.Builder> {
        private final Op op;

        JavaFrame(Op op) {
            this.op = op;
        }

        @Override
        public void open(CodeBlock.Builder out, String definition) {
            out.add("// $L\n", definition);
            out.add("{\n").indent();
        }

        @Override
        public void close(CodeBlock.Builder out) {
            out.unindent().add("}\n");
        }

        @Override
        public void readInput(CodeBlock.Builder out, Slot slot, StackSize position) {
            if (slot.item().isArray()) {
                out.addStatement("int $L = $L", slot.name(), stack.at(position));
                return;
            }
            String load = JavaStack.load(STACK, stack.at(position));
            if (slot.item().condition().isPresent()) {
                out.addStatement("long $L = $L ? $L : 0L", slot.name(), condition(slot), load);
            } else {
                out.addStatement("long $L = $L", slot.name(), load);
            }
        }

        @Override
        public void readCache(CodeBlock.Builder out, CacheSlot cache) {
            out.addStatement("long $L = $L", cache.name(), semantics.readCache(cache));
        }

        @Override
        public void declareOutput(CodeBlock.Builder out, Slot slot, StackSize position) {
            if (slot.item().isArray()) {
                out.addStatement("int $L = $L", slot.name(), stack.at(position));
            } else {
                out.addStatement("long $L = 0L", slot.name());
            }
        }

        @Override
        public void body(CodeBlock.Builder out, StackSize popped) {
            new BodyLowering(declarations, names, semantics.statements(op, stack, popped))
                    .statements(out, op.definition().body().statements());
        }

        @Override
        public void writeOutput(CodeBlock.Builder out, Slot slot, StackSize position) {
            String store = JavaStack.store(STACK, stack.at(position), slot.name());
            if (slot.item().condition().isPresent()) {
                out.beginControlFlow("if ($L)", condition(slot)).addStatement(store).endControlFlow();
            } else {
                out.addStatement(store);
            }
        }

        @Override
        public void writeCache(CodeBlock.Builder out, CacheSlot cache) {
            out.addStatement("$L", semantics.writeCache(cache));
        }

        @Override
        public void moveStackPointer(CodeBlock.Builder out, StackSize delta) {
            out.addStatement("$L = $L", SP, stack.at(delta));
        }
    }

    private static String condition(Slot slot) {
        return JavaExpressions.paren(slot.item().condition().orElseThrow(), JavaExpressions.CONSTANTS);
    }
}
