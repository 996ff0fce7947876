package dev.bytecodedsl.stencils.emit;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.java.JavaOutput;
import dev.bytecodedsl.stencils.Target;
import dev.bytecodedsl.kit.jit.Hole;
import dev.bytecodedsl.stencils.holes.Stencil;
import java.util.HexFormat;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * One target's stencil table, e.g. {@code JitStencilsX86_64Linux}: per uop a small method building
 * its {@code Stencil} (code and data as hex strings, hole tables) and one returning its
 * disassembly, so a reviewer reads the machine code next to its holes. Stencils are decoded on
 * first use and kept. Everything here is a pure function of the stencils, so the file is
 * byte-identical for the same clang.
 */
public final class StencilTableFile {

    /** One uop's finished stencil with what the table shows about it. */
    public record Entry(String uop, String source, Stencil stencil, String disassembly) {}


    private StencilTableFile() {}

    public static GeneratedFile generate(Target target, String clangVersion, Entry shim, Entry loopCounter,
                                         List<Entry> uops) {
        TypeSpec.Builder type = TypeSpec.classBuilder(target.className())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        Copy-and-patch stencils for $L ($L object files), built with clang $L.
                        One stencil per tier-2 uop, the shim and the loop counter; see docs/jit-abi.md for how to copy and patch them.
                        """, target.triple(), target.format(), clangVersion)
                .addField(constant("TARGET", target.triple(), "The clang target triple."))
                .addField(constant("CLANG_VERSION", clangVersion, "The clang major version that compiled the stencils (the pinned one)."))
                .addField(FieldSpec.builder(JitOutput.stencilTable(), "TABLE", Modifier.PUBLIC, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("This table as the runtime kit's JIT reads it.\n")
                        .initializer("$T.of(TARGET, $L::shim, $L::loopCounter, $L::stencil, $L::disassembly)",
                                JitOutput.stencilTable(), target.className(), target.className(), target.className(),
                                target.className())
                        .build())
                .addField(FieldSpec.builder(ArrayTypeName.of(JitOutput.stencil()), "CACHE", Modifier.PRIVATE,
                                Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T[$T.LIMIT]", JitOutput.stencil(), JavaOutput.className("Uops"))
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(fixedStencilMethod("shim", "SHIM",
                        "The shim: {@code int64_t _JIT_SHIM(void *entry, Value *locals, Value *sp, JitState *state)}."))
                .addMethod(fixedStencilMethod("loopCounter", "LOOP_COUNTER",
                        "The loop counter: {@code state->loop_closes++}, then falls through (statistics only)."))
                .addMethod(stencilMethod(uops))
                .addMethod(disassemblyMethod(uops))
                .addMethod(MethodSpec.methodBuilder("hex")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(byte[].class)
                        .addParameter(String.class, "hex")
                        .addStatement("return $T.of().parseHex(hex)", HexFormat.class)
                        .build());
        type.addField(fixedStencilField("SHIM", shim));
        type.addField(fixedStencilField("LOOP_COUNTER", loopCounter));
        for (Entry entry : uops) {
            type.addMethod(MethodSpec.methodBuilder(entry.uop())
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(JitOutput.stencil())
                    .addJavadoc("$L ($L)\n", entry.uop(), entry.source())
                    .addStatement("return $L", stencilExpression(entry.stencil()))
                    .build());
            type.addMethod(MethodSpec.methodBuilder(entry.uop() + "_disassembly")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(String.class)
                    .addJavadoc("llvm-objdump of $L's object file, before holes were extracted.\n", entry.uop())
                    .addStatement("return $S", entry.disassembly())
                    .build());
        }
        return JitOutput.file(type.build());
    }

    /** A stencil that is no uop's (the shim, the loop counter): a constant with its listing. */
    private static FieldSpec fixedStencilField(String name, Entry entry) {
        return FieldSpec.builder(JitOutput.stencil(), name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L", javadocListing(entry))
                .initializer("$L", stencilExpression(entry.stencil()))
                .build();
    }

    private static MethodSpec fixedStencilMethod(String method, String field, String javadoc) {
        return MethodSpec.methodBuilder(method)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(JitOutput.stencil())
                .addJavadoc(javadoc + "\n")
                .addStatement("return $L", field)
                .build();
    }

    private static FieldSpec constant(String name, String value, String javadoc) {
        return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("$S", value)
                .addJavadoc(javadoc + "\n")
                .build();
    }

    private static MethodSpec stencilMethod(List<Entry> uops) {
        CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("if (uop < 0 || uop >= CACHE.length)")
                .addStatement("throw new $T($S + uop)", IllegalArgumentException.class, "invalid uop ")
                .endControlFlow()
                .addStatement("$T cached = CACHE[uop]", JitOutput.stencil())
                .beginControlFlow("if (cached != null)")
                .addStatement("return cached")
                .endControlFlow()
                .add("$T stencil = $L;\n", JitOutput.stencil(), switchOverUops(uops, ""))
                // A race decodes twice and stores equal stencils: harmless, and the record's final
                // fields publish the arrays safely.
                .addStatement("CACHE[uop] = stencil")
                .addStatement("return stencil");
        return MethodSpec.methodBuilder("stencil")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(JitOutput.stencil())
                .addJavadoc("The stencil of a uop (a {@code Uops} number); every tier-2 uop has one.\n")
                .addParameter(TypeName.INT, "uop")
                .addCode(cases.build())
                .build();
    }

    private static MethodSpec disassemblyMethod(List<Entry> uops) {
        return MethodSpec.methodBuilder("disassembly")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(String.class)
                .addJavadoc("llvm-objdump's listing of a uop's object file (before the trailing jump was removed).\n")
                .addParameter(TypeName.INT, "uop")
                .addCode("return $L;\n", switchOverUops(uops, "_disassembly"))
                .build();
    }

    /** {@code switch (uop) { case Uops.X -> X<suffix>(); ... }}: each uop's own method. */
    private static CodeBlock switchOverUops(List<Entry> uops, String suffix) {
        CodeBlock.Builder cases = CodeBlock.builder().add("switch (uop) {\n").indent();
        for (Entry entry : uops) {
            cases.add("case $T.$L -> $L$L();\n", JavaOutput.className("Uops"), entry.uop(), entry.uop(), suffix);
        }
        return cases.add("default -> throw new $T($S + uop);\n", IllegalArgumentException.class, "invalid uop ")
                .unindent().add("}").build();
    }

    private static String javadocListing(Entry entry) {
        return "<pre>\n" + entry.disassembly().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*/", "*&#47;").replace("@", "&#64;") + "</pre>\n";
    }

    private static CodeBlock stencilExpression(Stencil stencil) {
        return CodeBlock.builder()
                .add("new $T(\n", JitOutput.stencil()).indent().indent()
                .add("hex($S),\n", HexFormat.of().formatHex(stencil.code()))
                .add("$L,\n", holes(stencil.codeHoles()))
                .add("hex($S),\n", HexFormat.of().formatHex(stencil.data()))
                .add("$L)", holes(stencil.dataHoles()))
                .unindent().unindent()
                .build();
    }

    private static CodeBlock holes(List<Hole> holes) {
        if (holes.isEmpty()) {
            return CodeBlock.of("new $T[0]", JitOutput.hole());
        }
        CodeBlock.Builder out = CodeBlock.builder().add("new $T[] {\n", JitOutput.hole()).indent();
        for (int i = 0; i < holes.size(); i++) {
            Hole h = holes.get(i);
            out.add("new $T($L, $T.$L, $T.$L, $S, $LL)$L\n", JitOutput.hole(), h.offset(), JitOutput.holeKind(), h.kind().name(),
                    JitOutput.holeValue(), h.value().name(), h.symbol(), h.addend(), i + 1 < holes.size() ? "," : "");
        }
        return out.unindent().add("}").build();
    }
}
