package dev.bytecodedsl.cases.generate.java;

import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.cases.generate.lower.BodyNames;
import dev.bytecodedsl.cases.analysis.body.Intrinsic;
import dev.bytecodedsl.grammar.ast.Expr;
import java.util.List;
import java.util.Optional;

/**
 * What names mean in interpreter bodies (tier 1 and tier 2 alike): constants come from {@code DslConstants}, helpers are methods of
 * the context, functions static methods of {@code DslFunctions} given the registers, intrinsics reach the frame through the registers, stack arrays are slot indices into
 * the native stack, and everything else (oparg, stack items, cache entries, locals) is a Java local
 * of the same name.
 */
public final class InterpreterNames {

    private static final JavaIntrinsics.Frame FRAME = new JavaIntrinsics.Frame() {
        @Override
        public String stack() {
            return OpEmitter.STACK;
        }

        @Override
        public String framePointer() {
            return OpEmitter.REGISTERS + ".fp";
        }

        @Override
        public String consts() {
            return OpEmitter.REGISTERS + ".consts";
        }

        @Override
        public String names() {
            return OpEmitter.REGISTERS + ".names";
        }

        @Override
        public String heapWords() {
            return OpEmitter.REGISTERS + ".heapWordsBase";
        }
    };

    private InterpreterNames() {}

    public static BodyNames of(Declarations declarations) {
        return new BodyNames() {
            @Override
            public String name(Expr.Name name) {
                return declarations.constants().containsKey(name.name()) ? "DslConstants." + name.name() : name.name();
            }

            @Override
            public String call(Expr.Call call, List<String> args) {
                Optional<Intrinsic> intrinsic = Intrinsic.bySpelling(call.callee());
                if (intrinsic.isPresent()) {
                    return JavaIntrinsics.lower(intrinsic.get(), args, FRAME);
                }
                if (declarations.functions().containsKey(call.callee())) {
                    return FunctionsFile.call(declarations, call.callee(), args);
                }
                return OpEmitter.REGISTERS + ".ctx." + JavaTypes.methodName(call.callee())
                        + "(" + String.join(", ", args) + ")";
            }

            @Override
            public String element(Expr array, String index) {
                return JavaStack.load(OpEmitter.STACK, name((Expr.Name) array) + " + (int) " + index);
            }

            @Override
            public String storeElement(String array, String index, String value) {
                return JavaStack.store(OpEmitter.STACK, array + " + (int) " + index, value);
            }
        };
    }
}
