package dev.bytecodedsl.cases.generate.optimizer;

import dev.bytecodedsl.cases.analysis.Overrides;
import dev.bytecodedsl.cases.generate.java.BodyLowering;
import dev.bytecodedsl.cases.generate.java.InterpreterNames;
import dev.bytecodedsl.grammar.ast.Expr;
import java.util.List;

/**
 * Names in abstract bodies: as in the interpreters (stack items and locals are symbol ids here,
 * helpers are the symbol context's methods), plus uop names, which are uop-id constants from
 * {@code Uops} so that an override can say {@code replace_op(_GUARD_TOS_INT)}.
 */
record AbstractNames(BodyLowering.Names interpreter, Overrides overrides) implements BodyLowering.Names {

    static AbstractNames of(Overrides overrides) {
        return new AbstractNames(InterpreterNames.of(overrides.declarations()), overrides);
    }

    @Override
    public String name(Expr.Name name) {
        return overrides.uopNames().contains(name.name()) ? "Uops." + name.name() : interpreter.name(name);
    }

    @Override
    public String call(Expr.Call call, List<String> loweredArgs) {
        return interpreter.call(call, loweredArgs);
    }

    @Override
    public String element(Expr array, String loweredIndex) {
        return interpreter.element(array, loweredIndex);
    }

    @Override
    public String storeElement(String array, String loweredIndex, String loweredValue) {
        return interpreter.storeElement(array, loweredIndex, loweredValue);
    }
}
