package dev.bytecodedsl.stencils.lower;

import dev.bytecodedsl.cases.analysis.CacheSlot;
import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.cases.analysis.Op;
import dev.bytecodedsl.cases.analysis.Slot;
import dev.bytecodedsl.cases.analysis.StackSize;
import dev.bytecodedsl.cases.analysis.Uop;
import dev.bytecodedsl.cases.analysis.body.Intrinsic;
import dev.bytecodedsl.cases.analysis.body.Reachability;
import dev.bytecodedsl.cases.generate.DslReferences;
import dev.bytecodedsl.cases.generate.java.Labels;
import dev.bytecodedsl.cases.generate.java.OpEmitter;
import dev.bytecodedsl.cases.generate.java.StackAccess;
import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.grammar.ast.Statements;
import dev.bytecodedsl.grammar.ast.Stmt;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One uop as the C statements of its stencil function, with the generated {@code UopInterpreter}'s
 * semantics (the Java {@code OpEmitter} with tier 2's exits): read the inputs from the stack, run
 * the body, write the outputs back and move {@code __sp}. Leaving the uop uses the template's
 * macros ({@code JIT_LEAVE}, {@code JIT_SAVE_STATE}), whose meaning docs/jit-abi.md fixes.
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
        Op op = uop.op();
        CWriter out = new CWriter();
        out.line("// " + DslReferences.of(op.definition()));
        out.open("");
        StackSize popped = StackAccess.total(op.inputs());
        List<StackSize> inputOffsets = StackAccess.offsets(op.inputs());
        for (int i = 0; i < op.inputs().size(); i++) {
            readInput(out, op.inputs().get(i), inputOffsets.get(i).minus(popped));
        }
        for (CacheSlot cache : op.caches()) {
            if (!cache.entry().isUnused()) {
                out.line("int64_t " + CNames.check(cache.name(), cache.entry().pos(), "cache entry") + " = " + OPERAND + ";");
            }
        }
        List<StackSize> outputOffsets = StackAccess.offsets(op.outputs());
        for (int i = 0; i < op.outputs().size(); i++) {
            declareOutput(out, op, op.outputs().get(i), outputOffsets.get(i).minus(popped));
        }
        new CStatements(declarations, names(), exits(uop.name(), popped), uop.name())
                .statements(out, op.definition().body().statements());
        boolean completes = Reachability.completesNormally(op.definition().body());
        if (completes) {
            Set<String> assigned = Statements.assignedNames(op.definition().body());
            for (int i = 0; i < op.outputs().size(); i++) {
                writeOutput(out, op, op.outputs().get(i), outputOffsets.get(i).minus(popped), assigned);
            }
            StackSize delta = StackAccess.total(op.outputs()).minus(popped);
            if (!delta.isConstant() || delta.constant() != 0) {
                out.line(SP + " = " + at(delta) + ";");
            }
        }
        out.close();
        String oparg = uop.fixedOparg().isPresent() ? CExpressions.intLiteral(uop.fixedOparg().getAsInt()) : "JIT_OPARG";
        return new LoweredUop(uop.name(), DslReferences.of(op.definition()), oparg, out.toString(), completes);
    }

    private void readInput(CWriter out, Slot slot, StackSize position) {
        if (slot.item().isUnused()) {
            return;
        }
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

    private void declareOutput(CWriter out, Op op, Slot slot, StackSize position) {
        if (slot.item().isUnused() || OpEmitter.input(op, slot.name()).isPresent()) {
            return;
        }
        String name = CNames.check(slot.name(), slot.item().pos(), "stack item");
        if (slot.item().isArray()) {
            out.line("Value *" + name + " = " + at(position) + ";");
        } else {
            out.line(type(slot) + " " + name + " = 0;");
        }
    }

    private void writeOutput(CWriter out, Op op, Slot slot, StackSize position, Set<String> assigned) {
        if (slot.item().isUnused() || slot.item().isArray()) {
            return; // arrays are written element by element by the body, or passed through in place
        }
        Optional<StackSize> inputPosition = OpEmitter.input(op, slot.name()).map(i -> OpEmitter.inputPosition(op, i));
        boolean inPlace = inputPosition.isPresent() && inputPosition.get().sameAs(position);
        if (inPlace && !assigned.contains(slot.name())) {
            return;
        }
        String store = "*(" + at(position) + ") = " + slot.name() + ";";
        if (slot.item().condition().isPresent()) {
            out.open("if (" + condition(slot) + ")").line(store).close();
        } else {
            out.line(store);
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

    private CStatements.Names names() {
        return new CStatements.Names() {
            @Override
            public String name(Expr.Name name) {
                return name.name();
            }

            @Override
            public String call(Expr.Call call, List<String> args) {
                Optional<Intrinsic> intrinsic = Intrinsic.bySpelling(call.callee());
                if (intrinsic.isPresent()) {
                    return CIntrinsics.lower(intrinsic.get(), args);
                }
                return "JIT_CALL(" + CNames.check(call.callee(), call.pos(), "helper") + ")(" + String.join(", ", args) + ")";
            }

            @Override
            public String element(Expr array, String index) {
                return name((Expr.Name) array) + "[" + index + "]";
            }

            @Override
            public String storeElement(String array, String index, String value) {
                return array + "[" + index + "] = " + value;
            }
        };
    }

    /** Tier 2's exits, as docs/jit-abi.md fixes them for native code. */
    private CStatements.Exits exits(String uop, StackSize popped) {
        return new CStatements.Exits() {
            @Override
            public void conditionalExit(CWriter out, Stmt.ExitKind kind, String condition) {
                out.open("if (" + condition + ")");
                if (kind == Stmt.ExitKind.ERROR) {
                    out.line("JIT_LEAVE(" + at(popped.negate()) + ", " + labelStatus(Labels.ERROR) + ");");
                } else {
                    // A failed guard: tier 1 resumes at the uop's target with the stack the uop found.
                    out.line("JIT_LEAVE(" + SP + ", JIT_EXIT);");
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
            public void checkEvalBreaker(CWriter out) {
                out.line(BREAKER + " = true;");
            }

            @Override
            public void beforeEscapingCall(CWriter out) {
                out.line("JIT_SAVE_STATE(" + SP + ");");
            }
        };
    }

    private String labelStatus(String label) {
        labels.status(label); // fails for an undeclared label, as the Java lowering does
        return "JIT_" + Labels.constant(label);
    }
}
