package dev.bytecodedsl.cases.analysis.body;

import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.diagnostics.Diagnostics;
import java.util.List;
import java.util.Map;

/**
 * The semantic checks of bodies and declarations that bodies rely on. Each method reports every
 * problem it finds to the diagnostics and never throws, so one run shows all errors.
 *
 * <p>A body is checked in three passes: types and names ({@link StatementChecker}, which also
 * resolves every name and call), then two flow analyses over the resolved body: outputs assigned on
 * every path ({@link DefiniteAssignment}) and no use of consumed values ({@link ConsumptionChecker}).
 */
public final class BodyChecker {

    private final Declarations declarations;
    private final Diagnostics diagnostics;

    /** Built on first use and shared by every body: rebuilding them per body made analysis quadratic. */
    private Map<String, Symbol> constantSymbols;
    private ConstantCycles constantCycles;
    private FunctionCycles functionCycles;

    public BodyChecker(Declarations declarations, Diagnostics diagnostics) {
        this.declarations = declarations;
        this.diagnostics = diagnostics;
    }

    private Map<String, Symbol> constantSymbols() {
        if (constantSymbols == null) {
            constantSymbols = Scopes.constantSymbols(declarations);
        }
        return constantSymbols;
    }

    /** An inst or op body, in the scope of its stack effect, oparg, cache entries and the constants. */
    public void checkInstruction(Definition.InstructionDef def) {
        var stack = Scopes.StackValues.of(def.effect(), declarations, diagnostics);
        Scopes.checkNoConstantNamed(def.effect(), constantSymbols(), diagnostics);
        Resolution resolution =
                new StatementChecker(declarations, diagnostics, Scopes.instruction(stack, constantSymbols())).check(def.body());
        new DefiniteAssignment(resolution).check(def, stack, diagnostics);
        new ConsumptionChecker(resolution, diagnostics).check(def.body(), def.effect().stackOutputs(), stack.byName());
        PurityChecker.check(def, resolution, diagnostics);
        NativeCodeChecker.check(def.body(), "'" + def.name() + "'", diagnostics);
    }

    /** A label body: a shared exit path with no stack items and no oparg, only constants and locals. */
    public void checkLabel(Definition.LabelDef label) {
        Resolution resolution =
                new StatementChecker(declarations, diagnostics, Scopes.constants(constantSymbols())).check(label.body());
        new ConsumptionChecker(resolution, diagnostics).check(label.body(), List.of(), Map.of());
        NativeCodeChecker.check(label.body(), "label '" + label.name() + "'", diagnostics);
    }

    /** A constant's declared type and initializer (literals, other constants and operators only). */
    public void checkConstant(Definition.ConstDecl constant) {
        if (constantCycles == null) {
            constantCycles = new ConstantCycles(declarations);
        }
        new ConstantChecker(declarations, diagnostics, constantSymbols(), constantCycles).check(constant);
    }

    /** A function: signature, body, returns on every path, no frame access, no recursion. */
    public void checkFunction(Definition.FunctionDef function) {
        if (functionCycles == null) {
            functionCycles = new FunctionCycles(declarations);
        }
        new FunctionChecker(declarations, diagnostics, constantSymbols(), functionCycles).check(function);
    }

    /** A helper's signature: parameter and return types resolve, no void parameters, no intrinsic's name. */
    public void checkHelper(Definition.HelperDecl helper) {
        new HelperChecker(declarations, diagnostics).check(helper);
    }
}
