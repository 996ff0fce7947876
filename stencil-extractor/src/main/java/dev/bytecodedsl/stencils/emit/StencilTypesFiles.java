package dev.bytecodedsl.stencils.emit;

import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.java.JavaOutput;
import dev.bytecodedsl.stencils.holes.HoleKind;
import dev.bytecodedsl.stencils.holes.HoleValue;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The target-independent JIT types every stencil table uses ({@code Stencil}, {@code Hole},
 * {@code HoleKind}, {@code HoleValue}, docs/jit-abi.md). They need no clang, so they are always
 * generated, and the runtime can compile against them on any machine.
 */
public final class StencilTypesFiles {

    private StencilTypesFiles() {}

    public static List<GeneratedFile> generate() {
        return List.of(stencil(), hole(), holeKind(), holeValue());
    }

    private static GeneratedFile holeKind() {
        TypeSpec.Builder type = TypeSpec.enumBuilder(JitOutput.holeKind())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("How a hole is patched: which bytes, which encoding (docs/jit-abi.md). GOT-relative\n"
                        + "relocations never appear: the extractor turns them into data slots with an ABS64 hole.\n");
        for (HoleKind kind : HoleKind.values()) {
            type.addEnumConstant(kind.name(), TypeSpec.anonymousClassBuilder("")
                    .addJavadoc("$L.\n", kind.encoding()).build());
        }
        return JitOutput.file(type.build());
    }

    private static GeneratedFile holeValue() {
        TypeSpec.Builder type = TypeSpec.enumBuilder(JitOutput.holeValue())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("What a hole is patched with (docs/jit-abi.md).\n");
        for (HoleValue value : HoleValue.values()) {
            String meaning = value.meaning();
            String text = value.symbol().map(s -> "{@code " + s + "}: " + meaning)
                    .orElse(Character.toUpperCase(meaning.charAt(0)) + meaning.substring(1));
            type.addEnumConstant(value.name(), TypeSpec.anonymousClassBuilder("")
                    .addJavadoc("$L.\n", text).build());
        }
        return JitOutput.file(type.build());
    }

    // JavaPoet 1.13 cannot build records, so the two records are fixed texts.

    private static GeneratedFile stencil() {
        return text("Stencil", """
                /**
                 * One uop's machine code: copy {@code code} and {@code data}, then patch every hole of
                 * {@code codeHoles} in the code copy and of {@code dataHoles} in the data copy. Holes are
                 * sorted by offset. The arrays are shared: never modify them.
                 */
                public record Stencil(byte[] code, Hole[] codeHoles, byte[] data, Hole[] dataHoles) {
                }
                """);
    }

    private static GeneratedFile hole() {
        return text("Hole", """
                /**
                 * One patch site: the bytes at {@code offset} get {@code kind}'s encoding of {@code value}'s
                 * address plus {@code addend} (minus the hole's own address for PC-relative kinds).
                 * {@code symbol} names the helper of a {@link HoleValue#HELPER} hole and is empty otherwise.
                 */
                public record Hole(int offset, HoleKind kind, HoleValue value, String symbol, long addend) {
                }
                """);
    }

    private static GeneratedFile text(String name, String body) {
        String header = "// " + JavaOutput.header("stencils").replace("\n", "\n// ") + "\n";
        return new GeneratedFile(JitOutput.path(name), header + "package " + JitOutput.packageName() + ";\n\n" + body);
    }
}
