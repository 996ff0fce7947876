package dev.bytecodedsl.cases.generate.java;

import com.squareup.javapoet.CodeBlock;
import dev.bytecodedsl.cases.analysis.Uop;
import java.util.List;

/**
 * The arms of a switch over uop ids that call one static method per op, as the uop interpreter and
 * the abstract interpreter both dispatch: a replica {@code NAME_k} calls its op's method with its
 * oparg baked in as a constant, which HotSpot folds.
 */
public final class UopDispatch {

    private UopDispatch() {}

    /** {@code case Uops.NAME -> prefixOP(leadingArgs, oparg, operand);} for each uop. */
    public static CodeBlock arms(List<Uop> uops, String methodPrefix, String leadingArgs) {
        CodeBlock.Builder arms = CodeBlock.builder();
        for (Uop uop : uops) {
            String oparg = uop.fixedOparg().isPresent() ? uop.fixedOparg().getAsInt() + "L" : "oparg";
            arms.add("case Uops.$L -> $L$L($L, $L, operand);\n", uop.name(), methodPrefix, uop.op().name(), leadingArgs,
                    oparg);
        }
        return arms.build();
    }
}
