package dev.bytecodedsl.generate.tier1;

import dev.bytecodedsl.analysis.Declarations;
import dev.bytecodedsl.analysis.body.Intrinsic;
import dev.bytecodedsl.ast.Expr;
import dev.bytecodedsl.generate.java.BodyLowering;
import dev.bytecodedsl.generate.java.JavaIntrinsics;
import dev.bytecodedsl.generate.java.JavaTypes;
import java.util.List;
import java.util.Optional;

/**
 * What names mean in tier-1 bodies: constants come from {@code DslConstants}, helpers are methods of
 * the context, intrinsics reach the frame through the registers, stack arrays are slot indices into
 * the native stack, and everything else (oparg, stack items, cache entries, locals) is a Java local
 * of the same name.
 */
final class Tier1Names {

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
    };

    private Tier1Names() {}

    static BodyLowering.Names of(Declarations declarations) {
        return new BodyLowering.Names() {
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
                return OpEmitter.REGISTERS + ".ctx." + JavaTypes.methodName(call.callee())
                        + "(" + String.join(", ", args) + ")";
            }

            @Override
            public String element(Expr array, String index) {
                return OpEmitter.STACK + ".getAtIndex(JAVA_LONG, " + name((Expr.Name) array) + " + (int) " + index + ")";
            }

            @Override
            public String storeElement(String array, String index, String value) {
                return OpEmitter.STACK + ".setAtIndex(JAVA_LONG, " + array + " + (int) " + index + ", " + value + ")";
            }
        };
    }
}
