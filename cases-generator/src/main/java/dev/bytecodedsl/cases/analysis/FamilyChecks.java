package dev.bytecodedsl.cases.analysis;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.grammar.ast.Definition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Checks specialization families: a specialized form replaces its head in place, so it must pop
 * and push exactly what the head does and occupy exactly the same inline-cache code units.
 */
final class FamilyChecks {

    private final Diagnostics diagnostics;
    private final Declarations declarations;

    FamilyChecks(Diagnostics diagnostics, Declarations declarations) {
        this.diagnostics = diagnostics;
        this.declarations = declarations;
    }

    List<Family> check(List<Definition.FamilyDef> defs, Map<String, Instruction> instructions) {
        List<Family> families = new ArrayList<>();
        for (Definition.FamilyDef def : defs) {
            Instruction head = instructions.get(def.name());
            if (head == null) {
                diagnostics.error(def.pos(), "unknown family head '" + def.name() + "' (it must be an inst or a macro)");
                continue;
            }
            OptionalInt declaredCacheSize = Analyzer.constantValue(def.cacheSize(), declarations);
            if (declaredCacheSize.isEmpty()) {
                diagnostics.error(def.cacheSize().pos(), "cache size of family '" + def.name()
                        + "' must be an int literal or an int constant");
            } else if (declaredCacheSize.getAsInt() != head.cacheSize()) {
                diagnostics.error(def.cacheSize().pos(), "family '" + def.name() + "' declares cache size "
                        + declaredCacheSize.getAsInt() + " but its head has cache size " + head.cacheSize());
            }
            List<String> members = new ArrayList<>();
            for (Definition.NameRef ref : def.members()) {
                Instruction member = instructions.get(ref.name());
                if (member == null) {
                    continue; // reported by the analyzer's membership check
                }
                members.add(member.name());
                checkMember(head, member, ref);
            }
            families.add(new Family(head.name(), head.cacheSize(), members));
        }
        return families;
    }

    private void checkMember(Instruction head, Instruction member, Definition.NameRef ref) {
        if (!member.popped().sameAs(head.popped()) || !member.pushed().sameAs(head.pushed())) {
            diagnostics.error(ref.pos(), "family member '" + member.name() + "' has stack effect "
                    + effect(member) + " but family head '" + head.name() + "' has " + effect(head));
        }
        if (member.cacheSize() != head.cacheSize()) {
            diagnostics.error(ref.pos(), "family member '" + member.name() + "' has cache size " + member.cacheSize()
                    + " but family head '" + head.name() + "' has " + head.cacheSize());
        }
    }

    private static String effect(Instruction i) {
        return "(pops " + i.popped() + ", pushes " + i.pushed() + ")";
    }
}
