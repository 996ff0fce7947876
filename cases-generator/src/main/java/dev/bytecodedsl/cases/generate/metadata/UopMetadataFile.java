package dev.bytecodedsl.cases.generate.metadata;

import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.analysis.CacheSlot;
import dev.bytecodedsl.cases.analysis.Uop;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.java.JavaOutput;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/** {@code UopMetadata}: per uop id, flags, stack effect, operand size and replica information. */
final class UopMetadataFile {

    private UopMetadataFile() {}

    static GeneratedFile generate(Analysis analysis) {
        int limit = analysis.maxUopId() + 1;
        TypeSpec.Builder type = TypeSpec.classBuilder("UopMetadata")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Per-uop metadata derived from bytecodes.def; tables are indexed by uop id.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        var tables = new MetadataFields(type);
        tables.table("FLAGS", limit, false, "{@link OpcodeFlags} bits per uop.");
        tables.table("OPERAND_SIZE", limit, false,
                "Code units of the cache entry a uop takes as its operand; 0 when it takes none.");
        tables.table("FIXED_OPARG", limit, false, "For a replica NAME_k of a replicate(N) op: k; otherwise -1.");
        tables.table("REPLICA_OF", limit, false, "For a replica NAME_k: the id of NAME; otherwise 0.");
        tables.statement("java.util.Arrays.fill(FIXED_OPARG, -1)");
        for (Uop uop : analysis.uops()) {
            String index = "Uops." + uop.name();
            if (!uop.op().flags().isEmpty()) {
                tables.set("FLAGS", index, MetadataFields.flagExpression(uop.op().flags()));
            }
            uop.op().caches().stream().filter(c -> !c.entry().isUnused()).mapToInt(CacheSlot::size).findFirst()
                    .ifPresent(size -> tables.set("OPERAND_SIZE", index, Integer.toString(size)));
            if (uop.fixedOparg().isPresent()) {
                tables.set("FIXED_OPARG", index, Integer.toString(uop.fixedOparg().getAsInt()));
                tables.set("REPLICA_OF", index, "Uops." + uop.op().name());
            }
        }
        tables.finish();

        List<StackEffectMethods.Case> popped = new ArrayList<>();
        List<StackEffectMethods.Case> pushed = new ArrayList<>();
        for (Uop uop : analysis.uops()) {
            popped.add(new StackEffectMethods.Case("Uops." + uop.name(), uop.op().popped()));
            pushed.add(new StackEffectMethods.Case("Uops." + uop.name(), uop.op().pushed()));
        }
        type.addMethod(StackEffectMethods.method("popped", "Stack slots the uop pops.", "uop", popped));
        type.addMethod(StackEffectMethods.method("pushed", "Stack slots the uop pushes.", "uop", pushed));
        return JavaOutput.file(type.build(), "metadata");
    }
}
