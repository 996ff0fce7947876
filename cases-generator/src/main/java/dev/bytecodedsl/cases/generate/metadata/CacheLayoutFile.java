package dev.bytecodedsl.cases.generate.metadata;

import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.analysis.CacheSlot;
import dev.bytecodedsl.cases.analysis.Family;
import dev.bytecodedsl.cases.analysis.Instruction;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.java.JavaOutput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * {@code CacheLayout}: where each named inline-cache entry sits, so hand-written specializers write
 * {@code site.write32(CacheLayout.LOAD_ATTR_TYPE_VERSION, ...)} and follow the DSL when a layout
 * changes instead of silently writing the wrong unit.
 *
 * <p>A family (its head and every member) shares one layout, named after the head; an instruction
 * outside any family has its own. Per layout: {@code <LAYOUT>_CACHE_SIZE}, and per named entry
 * {@code <LAYOUT>_<ENTRY>}, its offset in code units from the first cache unit (the counter is 0).
 * When an entry name sits at different offsets within one layout, each op's entry is qualified
 * with the op's name ({@code LOAD_GLOBAL_GUARD_VERSION_VERSION}). Names are derived from names
 * alone, never from positions or definition order; a name two layouts would both produce with
 * different values is left out (and listed in the class comment), as is an entry whose op puts it at
 * different offsets in different members.
 */
final class CacheLayoutFile {

    static final String CACHE_SIZE = "CACHE_SIZE";

    private CacheLayoutFile() {}

    /** One generated constant: its value and what it describes (for the Javadoc). */
    record Constant(int value, String description) {}

    /** A named entry as one instruction of a layout places it. */
    private record Placement(String op, int offset, int size) {}

    static GeneratedFile generate(Analysis analysis) {
        Map<String, List<Constant>> candidates = new TreeMap<>();
        for (Layout layout : layouts(analysis)) {
            layout.constants().forEach((name, constant) ->
                    candidates.computeIfAbsent(name, k -> new ArrayList<>()).add(constant));
        }
        TypeSpec.Builder type = TypeSpec.classBuilder("CacheLayout")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        Set<String> leftOut = new TreeSet<>();
        candidates.forEach((name, constants) -> {
            if (constants.stream().map(Constant::value).distinct().count() > 1) {
                leftOut.add(name);
            } else {
                type.addField(MetadataFields.constant(name, constants.getFirst().value(),
                        constants.stream().map(Constant::description).distinct().sorted()
                                .reduce((a, b) -> a + "; " + b).orElseThrow()));
            }
        });
        type.addJavadoc("Inline-cache layouts of the DSL's instructions: per family (named after its head) or instruction,\n"
                + "{@code <NAME>_CACHE_SIZE} and the offset of each named entry in code units from the\n"
                + "first cache unit (the counter is 0).\n");
        if (!leftOut.isEmpty()) {
            type.addJavadoc("<p>Left out because two layouts would give them different values: $L.\n",
                    String.join(", ", leftOut));
        }
        return JavaOutput.file(type.build(), "metadata");
    }

    /** A family's layout (head first) or a lone instruction's. */
    record Layout(String name, int cacheSize, List<Instruction> instructions) {

        SortedMap<String, Constant> constants() {
            SortedMap<String, Constant> out = new TreeMap<>();
            out.put(name + "_" + CACHE_SIZE, new Constant(cacheSize, "Inline-cache code units of " + name + "."));
            Map<String, List<Placement>> byEntry = new TreeMap<>();
            for (Instruction instruction : instructions) {
                for (Instruction.Part part : instruction.parts()) {
                    if (part instanceof Instruction.Part.OpPart opPart) {
                        for (CacheSlot slot : opPart.op().caches()) {
                            if (!slot.entry().isUnused()) {
                                byEntry.computeIfAbsent(slot.name(), k -> new ArrayList<>()).add(new Placement(
                                        opPart.op().name(), part.cacheOffset() + slot.offset(), slot.size()));
                            }
                        }
                    }
                }
            }
            byEntry.forEach((entry, placements) -> {
                if (placements.stream().map(Placement::offset).distinct().count() == 1) {
                    Placement p = placements.getFirst();
                    out.put(name + "_" + upper(entry), describe(entry, p));
                } else {
                    qualified(entry, placements, out);
                }
            });
            return out;
        }

        /** An entry name used at several offsets: one constant per op that always puts it at the same one. */
        private void qualified(String entry, List<Placement> placements, SortedMap<String, Constant> out) {
            Map<String, Set<Integer>> offsetsByOp = new TreeMap<>();
            for (Placement p : placements) {
                offsetsByOp.computeIfAbsent(p.op(), k -> new HashSet<>()).add(p.offset());
            }
            offsetsByOp.forEach((op, offsets) -> {
                if (offsets.size() == 1) {
                    Placement p = placements.stream().filter(x -> x.op().equals(op)).findFirst().orElseThrow();
                    out.put(name + "_" + upper(op.replaceFirst("^_+", "")) + "_" + upper(entry), describe(entry, p));
                }
            });
        }

        private Constant describe(String entry, Placement p) {
            return new Constant(p.offset(), "Offset of {@code " + entry + "/" + p.size() + "} (op " + p.op() + ") in the "
                    + name + " cache.");
        }
    }

    /** Families by head name, then every instruction with a cache outside a family, by name. */
    static List<Layout> layouts(Analysis analysis) {
        List<Layout> layouts = new ArrayList<>();
        Set<String> inFamilies = new HashSet<>();
        for (Family family : analysis.families()) {
            List<Instruction> members = new ArrayList<>();
            analysis.instruction(family.head()).ifPresent(members::add);
            inFamilies.add(family.head());
            for (String member : new TreeSet<>(family.members())) {
                analysis.instruction(member).ifPresent(members::add);
                inFamilies.add(member);
            }
            layouts.add(new Layout(family.head(), family.cacheSize(), members));
        }
        analysis.instructions().stream()
                .filter(i -> i.cacheSize() > 0 && !inFamilies.contains(i.name()))
                .sorted(java.util.Comparator.comparing(Instruction::name))
                .forEach(i -> layouts.add(new Layout(i.name(), i.cacheSize(), List.of(i))));
        return layouts;
    }

    private static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
