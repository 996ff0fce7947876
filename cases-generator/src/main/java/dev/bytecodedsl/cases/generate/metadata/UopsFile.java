package dev.bytecodedsl.cases.generate.metadata;

import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.analysis.Uop;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.java.JavaOutput;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code Uops}: tier-2 micro-op ids, from 1 (0 means "no uop"); retired ids leave gaps. */
final class UopsFile {

    private UopsFile() {}

    static GeneratedFile generate(Analysis analysis) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (Uop uop : analysis.uops()) {
            ids.put(uop.name(), uop.id());
        }
        var type = NumberedNames.builder("Uops", "Tier-2 micro-op ids; 0 means no uop.", ids, analysis.maxUopId() + 1);
        type.addField(MetadataFields.constant("MAX_UOP_ID", analysis.maxUopId(), "The highest uop id."));
        return JavaOutput.file(type.build(), "metadata");
    }
}
