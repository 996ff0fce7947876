package dev.bytecodedsl.cases.analysis;

import dev.bytecodedsl.grammar.ast.Annotation;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.DslFile;
import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourcePos;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Resolves the definitions of DSL files into an {@link Analysis}. Every problem is reported to the
 * diagnostics and analysis continues, so one run shows all errors; callers must not generate from
 * an analysis whose run reported errors.
 */
public final class Analyzer {

    private final Diagnostics diagnostics;

    public Analyzer(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Where a diagnostic about the DSL as a whole points: the start of its first file. */
    private static SourcePos start(List<DslFile> files) {
        return files.isEmpty() ? SourcePos.BUILTIN
                : new SourcePos(files.getFirst().name(), 1, 1);
    }

    /** Analyzes without a {@link NumberLock}: numbers as if every name were new. */
    public Analysis analyze(List<DslFile> allFiles) {
        return analyze(allFiles, NumberLock.NONE);
    }

    /** @param lock the numbers names must keep (a valid lock: parsed without errors) */
    public Analysis analyze(List<DslFile> allFiles, NumberLock lock) {
        // Overrides files describe the optimizer's abstract cases; the instruction set is the rest.
        List<DslFile> overridesFiles = allFiles.stream().filter(Overrides::isOverridesFile).toList();
        List<DslFile> files = allFiles.stream().filter(f -> !Overrides.isOverridesFile(f)).toList();
        Declarations declarations = Declarations.collect(files, diagnostics);
        if (!declarations.types().containsKey(Declarations.VALUE_TYPE)) {
            diagnostics.error(start(files),
                    "the stack word type is not declared: add 'type " + Declarations.VALUE_TYPE + ";'");
        }
        Map<String, Definition> definitions = instructionLevelDefinitions(files);
        new BodyChecks(declarations, diagnostics).check(files);

        var opAnalyzer = new OpAnalyzer(declarations, diagnostics, false);
        Map<String, Op> ops = new LinkedHashMap<>();
        for (Definition def : definitions.values()) {
            if (def instanceof Definition.InstructionDef instruction) {
                ops.put(instruction.name(), opAnalyzer.analyze(instruction));
            }
        }
        Tier2Replacements.apply(ops, diagnostics);

        List<Definition.FamilyDef> familyDefs = definitionsOf(files, Definition.FamilyDef.class);
        Map<String, String> familyOfMember = familyMembership(familyDefs, definitions);
        Map<String, Instruction> unnumbered = new LinkedHashMap<>();
        for (Definition def : definitions.values()) {
            instruction(def, ops, familyOfMember).ifPresent(i -> unnumbered.put(i.name(), i));
        }
        List<Family> families = new FamilyChecks(diagnostics, declarations).check(familyDefs, unnumbered);

        Map<String, Integer> opcodes = Numbering.opcodes(unnumbered.keySet(), familyOfMember, lock);
        List<Instruction> instructions = new ArrayList<>();
        opcodes.forEach((name, opcode) -> instructions.add(withOpcode(unnumbered.get(name), opcode)));
        instructions.stream().filter(i -> i.opcode() >= Analysis.FIRST_PSEUDO_OPCODE).findFirst().ifPresent(i ->
                diagnostics.error(i.pos(), "too many instructions: '" + i.name() + "' would get opcode "
                        + i.opcode() + " but opcodes are 8-bit (at most 255)"
                        + (lock.hasRetired(NumberLock.Kind.OPCODE)
                                ? "; deleting retired opcode lines from the lock frees their numbers" : "")));

        new InterpreterChecks(declarations, diagnostics).check(instructions);
        List<Pseudo> pseudos = pseudos(definitionsOf(files, Definition.PseudoDef.class), unnumbered, declarations,
                lock);
        List<Uop> uops = uops(ops.values(), lock);
        Overrides overrides = new OverridesAnalyzer(diagnostics).analyze(overridesFiles, declarations, uops);
        if (instructions.isEmpty() && !diagnostics.hasErrors()) {
            // The interpreters dispatch on opcodes: without one, tier 1's dispatch switch is empty.
            // (Only when nothing else is wrong: an error elsewhere is the likelier reason.)
            diagnostics.error(start(files), "the DSL defines no instructions: add an 'inst' or a 'macro'");
        }
        return new Analysis(declarations, instructions, List.copyOf(ops.values()), uops, families, pseudos,
                overrides);
    }

    /** inst, op, macro and pseudo share one namespace: they all become opcode or uop names. */
    private Map<String, Definition> instructionLevelDefinitions(List<DslFile> files) {
        Map<String, Definition> byName = new LinkedHashMap<>();
        for (DslFile file : files) {
            for (Definition def : file.definitions()) {
                boolean instructionLevel = def instanceof Definition.InstructionDef
                        || def instanceof Definition.MacroDef
                        || def instanceof Definition.PseudoDef;
                if (!instructionLevel) {
                    continue;
                }
                ReservedNames.checkInstructionLevel(def, diagnostics);
                Definition previous = byName.putIfAbsent(def.name(), def);
                if (previous != null) {
                    diagnostics.error(def.pos(), "duplicate name '" + def.name() + "' (first defined at "
                            + previous.pos() + ")");
                }
            }
        }
        return byName;
    }

    private static <T extends Definition> List<T> definitionsOf(List<DslFile> files, Class<T> kind) {
        return files.stream().flatMap(f -> f.definitions().stream()).filter(kind::isInstance).map(kind::cast).toList();
    }

    /** Specialized instruction -> family head; reports members that are unknown or in two families. */
    private Map<String, String> familyMembership(List<Definition.FamilyDef> families, Map<String, Definition> defs) {
        Map<String, String> familyOfMember = new LinkedHashMap<>();
        for (Definition.FamilyDef family : families) {
            for (Definition.NameRef member : family.members()) {
                Definition def = defs.get(member.name());
                if (def == null) {
                    diagnostics.error(member.pos(), "unknown family member '" + member.name() + "' in family '"
                            + family.name() + "'");
                } else if (!isInstruction(def)) {
                    diagnostics.error(member.pos(), "family member '" + member.name()
                            + "' must be an inst or a macro");
                } else if (member.name().equals(family.name())) {
                    diagnostics.error(member.pos(), "family head '" + family.name() + "' cannot be its own member");
                } else {
                    String previous = familyOfMember.putIfAbsent(member.name(), family.name());
                    if (previous != null) {
                        diagnostics.error(member.pos(), "'" + member.name() + "' is already a member of family '"
                                + previous + "'");
                    }
                }
            }
        }
        return familyOfMember;
    }

    static boolean isInstruction(Definition def) {
        return def instanceof Definition.MacroDef
                || def instanceof Definition.InstructionDef i && i.kind() == Definition.InstructionDef.Kind.INST;
    }

    /** An inst is one op; a macro is its ops and cache skips. Opcodes are assigned afterwards. */
    private Optional<Instruction> instruction(Definition def, Map<String, Op> ops, Map<String, String> familyOf) {
        List<Instruction.Part> parts = new ArrayList<>();
        switch (def) {
            case Definition.InstructionDef inst when inst.kind() == Definition.InstructionDef.Kind.INST ->
                    parts.add(new Instruction.Part.OpPart(ops.get(inst.name()), 0));
            case Definition.MacroDef macro -> {
                int offset = 0;
                for (Definition.MacroPart part : macro.parts()) {
                    Optional<Instruction.Part> resolved = macroPart(macro, part, ops, offset);
                    if (resolved.isPresent()) {
                        parts.add(resolved.get());
                        offset += resolved.get().cacheSize();
                    }
                }
            }
            default -> {
                return Optional.empty();
            }
        }
        List<Op> partOps = parts.stream().filter(Instruction.Part.OpPart.class::isInstance)
                .map(p -> ((Instruction.Part.OpPart) p).op()).toList();
        var composed = StackComposer.compose(def.name(), def.pos(), partOps, diagnostics);
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        partOps.forEach(op -> flags.addAll(op.flags()));
        if (!partOps.stream().allMatch(op -> op.flags().contains(Flag.PURE))) {
            flags.remove(Flag.PURE);
        }
        // Specializing ops only rewrite tier-1 code; like CPython, tier 2 skips them instead of
        // refusing the whole instruction (see Instruction#tier2Ops).
        Optional<String> blocker = partOps.stream()
                .filter(op -> op.inTier2().isEmpty() && !Instruction.isSkippedInTier2(op)).findFirst()
                .map(op -> op.name().equals(def.name())
                        ? op.tier2Blocker().orElseThrow()
                        : "op '" + op.name() + "' " + op.tier2Blocker().orElseThrow())
                .or(() -> exitAfterStackChange(partOps));
        return Optional.of(new Instruction(def.name(), def.pos(), -1, parts, composed.inputs(), composed.outputs(),
                flags, Optional.ofNullable(familyOf.get(def.name())), blocker));
    }

    /**
     * A uop that leaves a trace resumes tier 1 at the start of its instruction, so no uop of the same
     * instruction may have changed the stack before it (e.g. POP_JUMP_IF_NONE = _IS_NONE + a guard
     * that pops the bool: the guard's exit would leave the bool where tier 1 expects the value).
     */
    private static Optional<String> exitAfterStackChange(List<Op> partOps) {
        List<Op> uops = partOps.stream().filter(op -> !Instruction.isSkippedInTier2(op))
                .map(op -> op.inTier2().orElseThrow()).toList();
        for (int i = 0; i < uops.size(); i++) {
            Op exiting = uops.get(i);
            if (!exiting.flags().contains(Flag.MAY_EXIT) && !exiting.flags().contains(Flag.MAY_DEOPT)) {
                continue;
            }
            for (Op earlier : uops.subList(0, i)) {
                if (!InterpreterChecks.leavesStackUnchanged(earlier)) {
                    return Optional.of("op '" + earlier.name() + "' changes the stack before '" + exiting.name()
                            + "', which may leave the trace");
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Instruction.Part> macroPart(
            Definition.MacroDef macro, Definition.MacroPart part, Map<String, Op> ops, int offset) {
        return switch (part) {
            case Definition.MacroPart.CacheSkip skip -> Optional.of(new Instruction.Part.CacheSkip(skip.size(), offset));
            case Definition.MacroPart.OpRef ref -> {
                Op op = ops.get(ref.name());
                if (op == null) {
                    diagnostics.error(ref.pos(), "unknown op '" + ref.name() + "' in macro '" + macro.name() + "'");
                    yield Optional.empty();
                }
                yield Optional.of(new Instruction.Part.OpPart(op, offset));
            }
        };
    }

    private static Instruction withOpcode(Instruction i, int opcode) {
        return new Instruction(i.name(), i.pos(), opcode, i.parts(), i.inputs(), i.outputs(), i.flags(), i.family(),
                i.tier2Blocker());
    }

    private List<Pseudo> pseudos(
            List<Definition.PseudoDef> defs, Map<String, Instruction> instructions, Declarations declarations,
            NumberLock lock) {
        var stackEffects = new StackEffects(declarations, diagnostics);
        Map<String, Definition.PseudoDef> byName = new LinkedHashMap<>();
        defs.forEach(def -> byName.put(def.name(), def));
        Map<String, Integer> opcodes = Numbering.pseudoOpcodes(byName.keySet(), lock);
        List<Pseudo> pseudos = new ArrayList<>();
        opcodes.forEach((name, opcode) -> {
            Definition.PseudoDef def = byName.get(name);
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            for (Definition.NameRef flag : def.flags()) {
                flagNamed(flag.name()).ifPresentOrElse(flags::add, () -> diagnostics.error(flag.pos(),
                        "unknown flag '" + flag.name() + "' in pseudo '" + name + "'"));
            }
            for (Definition.NameRef target : def.targets()) {
                if (!instructions.containsKey(target.name())) {
                    diagnostics.error(target.pos(), "unknown target '" + target.name() + "' of pseudo '" + name
                            + "' (targets must be instructions)");
                }
            }
            pseudos.add(new Pseudo(name, opcode, stackEffects.inputs(name, def.effect()),
                    stackEffects.outputs(name, def.effect()), flags,
                    def.targets().stream().map(Definition.NameRef::name).toList()));
        });
        return pseudos;
    }

    private static Optional<Flag> flagNamed(String name) {
        return java.util.Arrays.stream(Flag.values()).filter(f -> f.name().equals(name)).findFirst();
    }

    /** Tier-2-viable ops, plus NAME_k replicas of replicate(N) ops, numbered by {@link Numbering#uops}. */
    private List<Uop> uops(java.util.Collection<Op> ops, NumberLock lock) {
        record Unnumbered(String name, Op op, OptionalInt fixedOparg) {}
        List<Unnumbered> all = new ArrayList<>();
        for (Op op : ops) {
            if (!op.isTier2Viable()) {
                continue;
            }
            all.add(new Unnumbered(op.name(), op, OptionalInt.empty()));
            op.definition().annotation(Annotation.Kind.REPLICATE).ifPresent(replicate -> {
                for (int k = 0; k < replicate.argument(); k++) {
                    all.add(new Unnumbered(op.name() + "_" + k, op, OptionalInt.of(k)));
                }
            });
        }
        Map<String, Unnumbered> byName = new LinkedHashMap<>();
        for (Unnumbered u : all) {
            Unnumbered previous = byName.putIfAbsent(u.name(), u);
            if (previous != null) {
                // A replica NAME_k named like another op: one uop name would mean two uops.
                Unnumbered replica = u.fixedOparg().isPresent() ? u : previous;
                diagnostics.error(replica.op().definition().pos(), "replica '" + u.name() + "' of '"
                        + replica.op().name() + "' has the name of another op");
            }
        }
        List<Uop> uops = new ArrayList<>();
        Numbering.uops(byName.keySet(), lock).forEach((name, id) -> {
            Unnumbered u = byName.get(name);
            uops.add(new Uop(name, id, u.op(), u.fixedOparg()));
        });
        return uops;
    }

    /** Evaluates an int constant expression of literals and other constants (family cache sizes). */
    static OptionalInt constantValue(Expr expr, Declarations declarations) {
        return switch (expr) {
            case Expr.IntLit i -> OptionalInt.of((int) i.value());
            case Expr.Name n -> {
                Definition.ConstDecl constant = declarations.constants().get(n.name());
                yield constant == null ? OptionalInt.empty() : constantValue(constant.value(), declarations);
            }
            default -> OptionalInt.empty();
        };
    }
}
