package dev.bytecodedsl.stencils.lower;

import dev.bytecodedsl.cases.analysis.CacheSlot;
import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.cases.analysis.Slot;
import dev.bytecodedsl.cases.analysis.StackSize;
import dev.bytecodedsl.cases.analysis.Uop;
import dev.bytecodedsl.grammar.ast.Stmt;
import dev.bytecodedsl.cases.generate.DslReferences;
import dev.bytecodedsl.cases.generate.lower.Labels;
import dev.bytecodedsl.cases.generate.lower.OpFrame;
import dev.bytecodedsl.cases.generate.lower.SpecialStatements;
import dev.bytecodedsl.kit.jit.JitState;

/**
 * One uop as the C statements of its stencil function, with the generated {@code UopInterpreter}'s
 * semantics: the shared {@link OpFrame} (read the inputs from the stack, run the body, write the
 * outputs back, move {@code __sp}) in C's spelling, with tier 2's exits. Leaving the uop uses the template's
 * macros ({@code JIT_LEAVE}, {@code JIT_EXIT_TO}, {@code JIT_SAVE_STATE}), whose meaning docs/jit-abi.md fixes.
 */
public final class UopLowering {

    public static final String SP = "__sp";
    public static final String BREAKER = "__breaker";
    public static final String OPERAND = "JIT_OPERAND";

    /** What the template needs besides the statements. */
    public record LoweredUop(String name, String source, String oparg, String statements, boolean completesNormally) {}

    private final Declarations declarations;
    private final Labels labels;

    public UopLowering(Declarations declarations) {
        this.declarations = declarations;
        this.labels = Labels.of(declarations);
    }

    public LoweredUop lower(Uop uop) {
        CWriter out = new CWriter();
        boolean completes = OpFrame.write(out, uop.op(), new CFrame(uop));
        String oparg = uop.fixedOparg().isPresent() ? CExpressions.intLiteral(uop.fixedOparg().getAsInt()) : "JIT_OPARG";
        return new LoweredUop(uop.name(), DslReferences.of(uop.op().definition()), oparg, out.toString(), completes);
    }

    /** The frame's steps in C: stack items are {@code Value} slots addressed from {@code __sp}. */
    private final class CFrame implements OpFrame.Target<CWriter> {
        private final Uop uop;

        CFrame(Uop uop) {
            this.uop = uop;
        }

        @Override
        public void open(CWriter out, String definition) {
            out.line("// " + definition);
            out.open("");
        }

        @Override
        public void close(CWriter out) {
            out.close();
        }

        @Override
        public void readInput(CWriter out, Slot slot, StackSize position) {
            String name = CNames.check(slot.name(), slot.item().pos(), "stack item");
            if (slot.item().isArray()) {
                out.line("Value *" + name + " = " + at(position) + ";");
                return;
            }
            String load = "*(" + at(position) + ")";
            if (slot.item().condition().isPresent()) {
                out.line(type(slot) + " " + name + " = " + condition(slot) + " ? " + load + " : 0;");
            } else {
                out.line(type(slot) + " " + name + " = " + load + ";");
            }
        }

        @Override
        public void readCache(CWriter out, CacheSlot cache) {
            out.line("int64_t " + CNames.check(cache.name(), cache.entry().pos(), "cache entry") + " = " + OPERAND + ";");
        }

        @Override
        public void declareOutput(CWriter out, Slot slot, StackSize position) {
            String name = CNames.check(slot.name(), slot.item().pos(), "stack item");
            if (slot.item().isArray()) {
                out.line("Value *" + name + " = " + at(position) + ";");
            } else {
                out.line(type(slot) + " " + name + " = 0;");
            }
        }

        @Override
        public void body(CWriter out, StackSize popped) {
            new CStatements(declarations, CBodyNames.of(declarations), exits(uop.name(), popped), "uop " + uop.name())
                    .statements(out, uop.op().definition().body().statements());
        }

        @Override
        public void writeOutput(CWriter out, Slot slot, StackSize position) {
            String store = "*(" + at(position) + ") = " + slot.name() + ";";
            if (slot.item().condition().isPresent()) {
                out.open("if (" + condition(slot) + ")").line(store).close();
            } else {
                out.line(store);
            }
        }

        @Override
        public void writeCache(CWriter out, CacheSlot cache) {
            // The analyzer keeps ops that write cache entries out of traces, where entries are operands.
            throw new IllegalStateException("uop " + uop.name() + " writes cache entry '" + cache.name() + "'");
        }

        @Override
        public void moveStackPointer(CWriter out, StackSize delta) {
            out.line(SP + " = " + at(delta) + ";");
        }
    }

    private static String type(Slot slot) {
        return slot.item().type().map(CTypes::of).orElse("Value");
    }

    private static String condition(Slot slot) {
        return CExpressions.paren(slot.item().condition().orElseThrow(), CExpressions.CONSTANTS);
    }

    /** The address {@code delta} slots from the stack pointer (negative: below it). */
    static String at(StackSize delta) {
        if (delta.isConstant()) {
            long c = delta.constant();
            return c == 0 ? SP : c < 0 ? SP + " - " + -c : SP + " + " + c;
        }
        return SP + " + " + CExpressions.lower(delta);
    }

    /** Tier 2's exits, as docs/jit-abi.md fixes them for native code. */
    private SpecialStatements<CWriter> exits(String uop, StackSize popped) {
        return new SpecialStatements<>() {
            @Override
            public void conditionalExit(CWriter out, Stmt.ExitKind kind, String condition) {
                out.open("if (" + condition + ")");
                if (kind == Stmt.ExitKind.ERROR) {
                    out.line("JIT_LEAVE(" + at(popped.negate()) + ", " + labelStatus(Labels.ERROR) + ");");
                } else {
                    // A failed guard: tier 1 (or the trace this exit is linked to) resumes at the
                    // uop's target with the stack the uop found.
                    out.line("JIT_EXIT_TO(" + SP + ");");
                }
                out.close();
            }

            @Override
            public void errorNoPop(CWriter out) {
                gotoLabel(out, Labels.ERROR);
            }

            @Override
            public void gotoLabel(CWriter out, String label) {
                out.line("JIT_LEAVE(" + SP + ", " + labelStatus(label) + ");");
            }

            @Override
            public void jumpBy(CWriter out, Stmt.JumpBy statement, String offset) {
                throw notInTrace(uop, statement, "JUMPBY");
            }

            @Override
            public void dispatchSameOparg(CWriter out, Stmt.DispatchSameOparg statement) {
                throw notInTrace(uop, statement, "DISPATCH_SAME_OPARG");
            }

            @Override
            public void dispatchExtendedOparg(CWriter out, Stmt.DispatchExtendedOparg statement) {
                throw notInTrace(uop, statement, "DISPATCH_EXTENDED_OPARG");
            }

            @Override
            public void checkEvalBreaker(CWriter out) {
                out.line(BREAKER + " = true;");
            }

            // The helper before it switched frames, and the runtime stored the new frame's local 0
            // and stack pointer in the state after it (as after every escaping helper): go on there.
            @Override
            public void reloadFrame(CWriter out) {
                out.line(CIntrinsics.LOCALS + " = __state->" + JitState.Field.LOCALS.cName() + ";");
                out.line(SP + " = __state->" + JitState.Field.SP.cName() + ";");
                out.line("__attribute__((musttail)) return _JIT_CONTINUE(" + CIntrinsics.LOCALS + ", " + SP
                        + ", __state);");
            }

            @Override
            public void beforeEscapingCall(CWriter out) {
                out.line("JIT_SAVE_STATE(" + SP + ");");
            }
        };
    }

    /** The analyzer keeps these out of tier-2 uops; meeting one means the uop cannot be a stencil. */
    private static LoweringException notInTrace(String uop, Stmt statement, String spelling) {
        return new LoweringException(statement.pos(), "uop " + uop + ": " + spelling + " cannot be lowered to a JIT stencil");
    }

    private String labelStatus(String label) {
        labels.status(label); // fails for an undeclared label, as the Java lowering does
        return "JIT_" + Labels.constant(label);
    }
}
