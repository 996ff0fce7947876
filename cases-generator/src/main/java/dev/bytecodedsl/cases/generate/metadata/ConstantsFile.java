package dev.bytecodedsl.cases.generate.metadata;

import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.generate.DslReferences;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.java.JavaExpressions;
import dev.bytecodedsl.cases.generate.java.JavaOutput;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.Expr;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/** {@code DslConstants}: every {@code const} of the DSL, so Java code uses the values the DSL uses. */
final class ConstantsFile {

    private ConstantsFile() {}

    static GeneratedFile generate(Analysis analysis) {
        TypeSpec.Builder type = TypeSpec.classBuilder("DslConstants")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The {@code const} declarations of bytecodes.def ({@code int} is {@code long}).\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (Definition.ConstDecl constant : inDependencyOrder(analysis.declarations().constants())) {
            type.addField(FieldSpec.builder(javaType(constant), constant.name(),
                            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("{@code $L}\n", DslReferences.of(constant))
                    .initializer("$L", initializer(constant.value()))
                    .build());
        }
        return JavaOutput.file(type.build(), "metadata");
    }

    private static TypeName javaType(Definition.ConstDecl constant) {
        return switch (constant.type().name()) {
            case "double" -> TypeName.DOUBLE;
            case "bool" -> TypeName.BOOLEAN;
            default -> TypeName.LONG;
        };
    }

    /**
     * Name order, except that a constant comes after the constants its initializer uses (Java allows
     * no forward reference there). The order of the source plays no part (issue 15); the analyzer
     * has rejected cycles.
     */
    static List<Definition.ConstDecl> inDependencyOrder(Map<String, Definition.ConstDecl> constants) {
        Set<String> done = new LinkedHashSet<>();
        for (String name : new TreeSet<>(constants.keySet())) {
            visit(name, constants, done);
        }
        return done.stream().map(constants::get).toList();
    }

    private static void visit(String name, Map<String, Definition.ConstDecl> constants, Set<String> done) {
        if (done.contains(name)) {
            return;
        }
        Set<String> uses = new TreeSet<>();
        names(constants.get(name).value(), uses);
        uses.retainAll(constants.keySet());
        uses.remove(name);
        for (String used : uses) {
            visit(used, constants, done);
        }
        done.add(name);
    }

    private static void names(Expr expr, Set<String> into) {
        switch (expr) {
            case Expr.IntLit i -> {}
            case Expr.FloatLit f -> {}
            case Expr.BoolLit b -> {}
            case Expr.Name n -> into.add(n.name());
            case Expr.Call c -> c.args().forEach(a -> names(a, into));
            case Expr.Index i -> {
                names(i.array(), into);
                names(i.index(), into);
            }
            case Expr.Unary u -> names(u.operand(), into);
            case Expr.Binary b -> {
                names(b.left(), into);
                names(b.right(), into);
            }
            case Expr.Conditional c -> {
                names(c.condition(), into);
                names(c.ifTrue(), into);
                names(c.ifFalse(), into);
            }
        }
    }

    /** Inside this class constants need no qualifier. */
    private static String initializer(Expr value) {
        return JavaExpressions.lower(value).replace("DslConstants.", "");
    }
}
