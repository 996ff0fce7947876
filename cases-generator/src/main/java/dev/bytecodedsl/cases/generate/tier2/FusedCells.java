package dev.bytecodedsl.cases.generate.tier2;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.analysis.Flag;
import dev.bytecodedsl.cases.analysis.Instruction;
import dev.bytecodedsl.cases.analysis.Op;
import dev.bytecodedsl.cases.analysis.Uop;
import dev.bytecodedsl.cases.generate.java.RegistersFile;
import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.grammar.ast.Statements;
import dev.bytecodedsl.grammar.ast.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Fused cells: the uops of one instruction, run by one cell. An instruction expands into several
 * uops (a type guard, an exhaustion guard, the work), so a trace pays a dispatch per uop where tier 1
 * pays one per instruction; a fused cell calls the uops' bodies one after the other in one
 * {@code execute}, which HotSpot compiles as one piece. The sequences are every instruction's uops
 * (as it falls through and as it jumps) and what the optimizer may leave of them: any of them
 * dropped, order kept, and any rewritten into a uop its override names (a guard narrowed:
 * {@code replace_op(_GUARD_NOS_INT)} in {@code _GUARD_BOTH_INT}'s). The cells are made when a trace
 * is decoded, only from uops with one target that nothing jumps into the middle of. A uop that checks
 * for pending events ends a cell, since the interpreter handles them between cells.
 */
final class FusedCells {

    /** A fused cell's status carries, from this bit up, which of its uops stopped the cell (0: the first). */
    static final int PART_SHIFT = 8;

    /** Sequences are taken from runs of at most this many fusable uops (an instruction's are shorter). */
    private static final int MAX_RUN = 8;

    private FusedCells() {}

    /** The uop sequences that get a fused cell, ordered by their class names. */
    static List<List<Uop>> fusions(Analysis analysis) {
        Map<String, Uop> uops = analysis.uopsByName();
        Map<String, List<Uop>> byName = new TreeMap<>();
        for (Instruction instruction : analysis.instructions()) {
            if (instruction.tier2Blocker().isPresent()) {
                continue;
            }
            for (List<Op> expansion : List.of(instruction.tier2Ops(), instruction.takenTier2Ops())) {
                List<List<Uop>> run = new ArrayList<>();
                for (Op op : expansion) {
                    if (op.flags().contains(Flag.EVAL_BREAK)) {
                        addSelections(run, byName);
                        run.clear();
                    } else {
                        run.add(alternatives(uops.get(op.name()), analysis, uops));
                    }
                }
                addSelections(run, byName);
            }
        }
        return List.copyOf(byName.values());
    }

    /** The uop itself and the fusable uops its override may rewrite it into (uop names it mentions). */
    private static List<Uop> alternatives(Uop uop, Analysis analysis, Map<String, Uop> uops) {
        List<Uop> alternatives = new ArrayList<>(List.of(uop));
        Op override = analysis.overrides().ops().get(uop.name());
        if (override == null) {
            return alternatives;
        }
        for (Stmt statement : Statements.all(override.definition().body())) {
            if (statement instanceof Stmt.ExprStmt e && e.expr() instanceof Expr.Call call) {
                for (Expr argument : call.args()) {
                    Uop rewritten = argument instanceof Expr.Name name
                            && analysis.overrides().uopNames().contains(name.name()) ? uops.get(name.name()) : null;
                    if (rewritten != null && !alternatives.contains(rewritten)
                            && !rewritten.op().flags().contains(Flag.EVAL_BREAK) && !doesNothing(rewritten)) {
                        alternatives.add(rewritten);
                    }
                }
            }
        }
        return alternatives;
    }

    /**
     * A uop with no stack effect, cache or statements (NOP): what a guard that is known to hold
     * becomes, and what trace cleanup drops, so it is never part of a fusion (dropping is covered).
     */
    private static boolean doesNothing(Uop uop) {
        Op op = uop.op();
        return op.inputs().isEmpty() && op.outputs().isEmpty() && op.caches().isEmpty()
                && op.definition().body() instanceof Stmt.Block block && block.statements().isEmpty();
    }

    /**
     * Every sequence of two or more that picks, for each position of {@code run} in order, nothing or
     * one of its alternatives.
     */
    private static void addSelections(List<List<Uop>> run, Map<String, List<Uop>> byName) {
        if (run.size() > MAX_RUN) {
            return;
        }
        List<List<Uop>> selections = List.of(List.of());
        for (List<Uop> position : run) {
            List<List<Uop>> longer = new ArrayList<>(selections);
            for (List<Uop> selection : selections) {
                for (Uop alternative : position) {
                    List<Uop> extended = new ArrayList<>(selection);
                    extended.add(alternative);
                    longer.add(List.copyOf(extended));
                }
            }
            selections = longer;
        }
        for (List<Uop> selection : selections) {
            if (selection.size() >= 2) {
                byName.putIfAbsent(className(selection), selection);
            }
        }
    }

    /** {@code FUSED_GUARD_BOTH_INT__BINARY_OP_ADD_INT} for {@code _GUARD_BOTH_INT + _BINARY_OP_ADD_INT}. */
    static String className(List<Uop> fusion) {
        return "FUSED_" + fusion.stream().map(u -> u.name().startsWith("_") ? u.name().substring(1) : u.name())
                .collect(Collectors.joining("__"));
    }

    /** {@code FUSIONS}: each fused cell's uop ids, in the order {@code fusedCell} numbers them. */
    static FieldSpec table(List<List<Uop>> fusions) {
        CodeBlock.Builder rows = CodeBlock.builder().add("{\n").indent();
        for (List<Uop> fusion : fusions) {
            rows.add("{$L},\n", fusion.stream().map(u -> "Uops." + u.name()).collect(Collectors.joining(", ")));
        }
        rows.unindent().add("}");
        return FieldSpec.builder(int[][].class, "FUSIONS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The uop sequences that run as one cell (a fused cell), by uop id.\n")
                .initializer(rows.build())
                .build();
    }

    /** {@code fusedCell(fusion, ...)}: the cell of {@code FUSIONS[fusion]} for the uops from {@code at}. */
    static MethodSpec factory(List<List<Uop>> fusions, ClassName cell) {
        Map<String, String> arms = new LinkedHashMap<>();
        for (int f = 0; f < fusions.size(); f++) {
            arms.put(Integer.toString(f), "new " + className(fusions.get(f)) + "(opargs, operands, at, target, successor)");
        }
        CodeBlock cases = UopCellFile.returnSwitch("fusion", arms);
        return MethodSpec.methodBuilder("fusedCell")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(cell)
                .addParameter(TypeName.INT, "fusion")
                .addParameter(int[].class, "opargs")
                .addParameter(long[].class, "operands")
                .addParameter(TypeName.INT, "at")
                .addParameter(TypeName.INT, "target")
                .addParameter(TypeName.INT, "successor")
                .addCode(cases)
                .build();
    }

    /**
     * {@code longestFusion}: the fusion the uops from {@code at} start with, the longest when several
     * do, or -1. They must come from one instruction (one target), and only the first may be the
     * loop close's destination (the interpreter enters cells at their start).
     */
    static MethodSpec matcher() {
        return MethodSpec.methodBuilder("longestFusion")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(TypeName.INT)
                .addParameter(int[].class, "uops")
                .addParameter(int[].class, "targets")
                .addParameter(boolean[].class, "jumpedTo")
                .addParameter(TypeName.INT, "at")
                .addStatement("int best = -1")
                .beginControlFlow("for (int f = 0; f < FUSIONS.length; f++)")
                .addStatement("int[] fusion = FUSIONS[f]")
                .beginControlFlow("if (at + fusion.length > uops.length || (best >= 0 && fusion.length <= FUSIONS[best].length))")
                .addStatement("continue")
                .endControlFlow()
                .addStatement("boolean fits = true")
                .beginControlFlow("for (int k = 0; k < fusion.length && fits; k++)")
                .addStatement("fits = uops[at + k] == fusion[k] && targets[at + k] == targets[at] && (k == 0 || !jumpedTo[at + k])")
                .endControlFlow()
                .beginControlFlow("if (fits)")
                .addStatement("best = f")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return best")
                .build();
    }

    /** The cell class of one fusion: the first uop's oparg and operand are the cell's own, the others' are fields. */
    static TypeSpec subclass(List<Uop> fusion, ClassName cell, ClassName uopContext) {
        String interpreter = UopInterpreterFile.NAME;
        TypeSpec.Builder type = TypeSpec.classBuilder(className(fusion))
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .superclass(cell)
                .addJavadoc("$L as one cell.\n", fusion.stream().map(Uop::name).collect(Collectors.joining(" + ")));
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addParameter(int[].class, "opargs")
                .addParameter(long[].class, "operands")
                .addParameter(TypeName.INT, "at")
                .addParameter(TypeName.INT, "target")
                .addParameter(TypeName.INT, "successor")
                .addStatement("super(Uops.$L, opargs[at], operands[at], target, successor)", fusion.getFirst().name());
        MethodSpec.Builder execute = MethodSpec.methodBuilder("execute")
                .addAnnotation(Override.class)
                .returns(TypeName.INT)
                .addParameter(RegistersFile.className(), "s");
        MethodSpec.Builder count = MethodSpec.methodBuilder("countUops")
                .addAnnotation(Override.class)
                .addParameter(uopContext, "ctx")
                .addParameter(TypeName.INT, "status")
                .addStatement("int last = status == $L.NEXT ? $L : status >>> PART_SHIFT", interpreter, fusion.size() - 1)
                .addStatement("ctx.countUop(Uops.$L)", fusion.getFirst().name());
        for (int k = 0; k < fusion.size(); k++) {
            Uop uop = fusion.get(k);
            String oparg = k == 0 ? "oparg" : "oparg" + k;
            String operand = k == 0 ? "operand" : "operand" + k;
            if (k > 0) {
                type.addField(long.class, oparg, Modifier.PRIVATE, Modifier.FINAL);
                type.addField(long.class, operand, Modifier.PRIVATE, Modifier.FINAL);
                constructor.addStatement("this.$L = opargs[at + $L]", oparg, k)
                        .addStatement("this.$L = operands[at + $L]", operand, k);
                count.addStatement("if (last >= $L) ctx.countUop(Uops.$L)", k, uop.name());
            }
            String call = interpreter + "." + uop.op().name() + "(s, "
                    + (uop.fixedOparg().isPresent() ? uop.fixedOparg().getAsInt() + "L" : oparg) + ", " + operand + ")";
            if (k == 0) {
                execute.addStatement("int status = $L", call)
                        .addStatement("if (status != $L.NEXT) return status", interpreter);
            } else if (k < fusion.size() - 1) {
                execute.addStatement("status = $L", call)
                        .addStatement("if (status != $L.NEXT) return status | $L << PART_SHIFT", interpreter, k);
            } else {
                execute.addStatement("status = $L", call)
                        .addStatement("return status == $L.NEXT ? status : status | $L << PART_SHIFT", interpreter, k);
            }
        }
        return type.addMethod(constructor.build()).addMethod(execute.build()).addMethod(count.build()).build();
    }
}
