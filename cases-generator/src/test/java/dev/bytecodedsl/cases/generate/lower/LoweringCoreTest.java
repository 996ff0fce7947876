package dev.bytecodedsl.cases.generate.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.analysis.Analyzer;
import dev.bytecodedsl.cases.analysis.CacheSlot;
import dev.bytecodedsl.cases.analysis.Op;
import dev.bytecodedsl.cases.analysis.Slot;
import dev.bytecodedsl.cases.analysis.StackSize;
import dev.bytecodedsl.grammar.ast.DslFile;
import dev.bytecodedsl.grammar.ast.DslPrinter;
import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.grammar.ast.Stmt;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.grammar.parse.DslParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The lowering core every back end shares, seen through a recording back end: which frame steps an
 * op has ({@link OpFrame}) and in which order statements, state saving and special statements come
 * ({@link StatementLowering}). The Java interpreters and the C stencils only spell these steps.
 */
class LoweringCoreTest {

    private static final String VM = """
            type Value; label(error) { }
            extern escaping Value binary_op(int op, Value lhs, Value rhs);
            extern bool is_int(Value v);
            op(_ADD, (l, r -- res)) {
                res = binary_op(oparg, l, r);
                ERROR_IF(res == value_from_bits(0));
            }
            guard op(_GUARD_INT, (version/2, l, r -- l, r)) {
                DEOPT_IF(!is_int(l) || version != 7);
            }
            op(_SWAP, (a, b -- b, a)) { }
            op(_FAIL, (v -- v)) { goto error; }
            op(_LOOP, (--)) {
                for (int i = 0; i < oparg; i += 1) { if (i == 3) { break; } else { continue; } }
            }
            op(_SWITCH, (v --)) {
                if (native_code()) {
                    set_frame(locals_address(), locals_address() + 8);
                } else {
                    binary_op(0, v, v);
                }
                RELOAD_FRAME();
            }
            macro(ADD) = unused/2 + _ADD;
            macro(ADD_INT) = _GUARD_INT + _ADD;
            family(ADD, 2) = { ADD_INT };
            macro(SWAP) = _SWAP;
            macro(FAIL) = _FAIL;
            macro(LOOP) = _LOOP;
            macro(SWITCH) = _SWITCH;
            """;

    @Test
    void anOpReadsItsInputsRunsItsBodyWritesItsOutputsAndMovesTheStackPointer() {
        assertEquals(List.of("open", "read l at -2", "read r at -1", "declare res", "body", "write res at -2",
                "sp += -1", "close"), frame("_ADD"));
    }

    @Test
    void aGuardPassingItsInputsThroughWritesNothingBack() {
        assertEquals(List.of("open", "read l at -2", "read r at -1", "cache version", "body", "close"),
                frame("_GUARD_INT"));
    }

    @Test
    void outputsThatMoveAreWrittenBackThoughTheBodyDoesNotAssignThem() {
        assertEquals(List.of("open", "read a at -2", "read b at -1", "body", "write b at -2", "write a at -1",
                "close"), frame("_SWAP"));
    }

    @Test
    void nothingFollowsABodyThatAlwaysLeaves() {
        List<String> steps = new ArrayList<>();
        boolean completes = OpFrame.write(steps, op("_FAIL"), new Recording());
        assertFalse(completes);
        assertEquals(List.of("open", "read v at -1", "body", "close"), steps);
    }

    @Test
    void stateIsSavedBeforeTheStatementCallingAnEscapingHelper() {
        assertEquals(List.of("save", "res = binary_op(oparg, l, r);", "ERROR_IF(res == value_from_bits(0))"),
                body("_ADD"));
    }

    @Test
    void controlFlowKeepsItsShapeInEveryTarget() {
        assertEquals(List.of("for (int i = 0; i < oparg; i += 1) {", "if (i == 3) {", "break;", "} else {",
                "continue;", "}", "}"), body("_LOOP"));
    }

    @Test
    void ifNativeCodeIsItsThenBranchInMachineCodeAndItsElseBranchInTheInterpreters() {
        assertEquals(List.of("set_frame(locals_address(), locals_address() + 8);", "RELOAD_FRAME()"),
                body("_SWITCH", true));
        assertEquals(List.of("save", "binary_op(0, v, v);", "RELOAD_FRAME()"), body("_SWITCH", false));
    }

    private static List<String> frame(String name) {
        List<String> steps = new ArrayList<>();
        assertTrue(OpFrame.write(steps, op(name), new Recording()));
        return steps;
    }

    private static List<String> body(String name) {
        return body(name, false);
    }

    private static List<String> body(String name, boolean machineCode) {
        List<String> out = new ArrayList<>();
        new StatementLowering<>(analysis().declarations(), new PseudoSyntax(machineCode), new PseudoSpecials())
                .statements(out, op(name).definition().body().statements());
        return out;
    }

    private static Op op(String name) {
        return analysis().uop(name).orElseThrow().op();
    }

    private static Analysis analysis() {
        Diagnostics diagnostics = new Diagnostics();
        DslFile file = DslParser.parse(new SourceFile("t.def", VM), diagnostics).orElseThrow();
        Analysis analysis = new Analyzer(diagnostics).analyze(List.of(file));
        assertFalse(diagnostics.hasErrors(), diagnostics::render);
        return analysis;
    }

    /** A back end that records each frame step. */
    private static final class Recording implements OpFrame.Target<List<String>> {
        @Override
        public void open(List<String> out, String definition) {
            out.add("open");
        }

        @Override
        public void close(List<String> out) {
            out.add("close");
        }

        @Override
        public void readInput(List<String> out, Slot slot, StackSize position) {
            out.add("read " + slot.name() + " at " + position);
        }

        @Override
        public void readCache(List<String> out, CacheSlot cache) {
            out.add("cache " + cache.name());
        }

        @Override
        public void declareOutput(List<String> out, Slot slot, StackSize position) {
            out.add("declare " + slot.name());
        }

        @Override
        public void body(List<String> out, StackSize popped) {
            out.add("body");
        }

        @Override
        public void writeOutput(List<String> out, Slot slot, StackSize position) {
            out.add("write " + slot.name() + " at " + position);
        }

        @Override
        public void writeCache(List<String> out, CacheSlot cache) {
            out.add("write cache " + cache.name());
        }

        @Override
        public void moveStackPointer(List<String> out, StackSize delta) {
            out.add("sp += " + delta);
        }
    }

    /** A C-like spelling, one line per element, with the DSL's own text for expressions. */
    private record PseudoSyntax(boolean machineCode) implements StatementLowering.Syntax<List<String>> {
        @Override
        public void openBlock(List<String> out) {
            out.add("{");
        }

        @Override
        public void open(List<String> out, String header) {
            out.add(header + " {");
        }

        @Override
        public void orElse(List<String> out) {
            out.add("} else {");
        }

        @Override
        public void close(List<String> out) {
            out.add("}");
        }

        @Override
        public void statement(List<String> out, String text) {
            out.add(text + ";");
        }

        @Override
        public String expr(Expr expr) {
            return DslPrinter.print(expr);
        }

        @Override
        public String operand(Expr expr) {
            return DslPrinter.print(expr);
        }

        @Override
        public String declaration(Stmt.LocalDecl declaration) {
            return declaration.type() + " " + declaration.name() + " = " + expr(declaration.init());
        }

        @Override
        public String assignment(Stmt.Assign assignment) {
            return assignment.target() + " " + assignment.op().symbol() + " " + expr(assignment.value());
        }

        @Override
        public String loopCondition(Optional<Expr> condition) {
            return condition.map(this::expr).orElse("");
        }

        @Override
        public RuntimeException notInForHeader(Stmt statement) {
            return new IllegalStateException(statement.toString());
        }
    }

    /** Special statements spelled as the DSL writes them. */
    private static final class PseudoSpecials implements SpecialStatements<List<String>> {
        @Override
        public void conditionalExit(List<String> out, Stmt.ExitKind kind, String condition) {
            out.add(kind + "_IF(" + condition + ")");
        }

        @Override
        public void errorNoPop(List<String> out) {
            out.add("ERROR_NO_POP()");
        }

        @Override
        public void jumpBy(List<String> out, Stmt.JumpBy statement, String offset) {
            out.add("JUMPBY(" + offset + ")");
        }

        @Override
        public void dispatchSameOparg(List<String> out, Stmt.DispatchSameOparg statement) {
            out.add("DISPATCH_SAME_OPARG()");
        }

        @Override
        public void dispatchExtendedOparg(List<String> out, Stmt.DispatchExtendedOparg statement) {
            out.add("DISPATCH_EXTENDED_OPARG()");
        }

        @Override
        public void checkEvalBreaker(List<String> out) {
            out.add("CHECK_EVAL_BREAKER()");
        }

        @Override
        public void reloadFrame(List<String> out) {
            out.add("RELOAD_FRAME()");
        }

        @Override
        public void gotoLabel(List<String> out, String label) {
            out.add("goto " + label);
        }

        @Override
        public void beforeEscapingCall(List<String> out) {
            out.add("save");
        }
    }
}
