package dev.bytecodedsl.cases.analysis;

import static dev.bytecodedsl.cases.analysis.DslTestSupport.PRELUDE;
import static dev.bytecodedsl.cases.analysis.DslTestSupport.analyzeClean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the analyzer derives from correct input: stack effects, caches, flags, viability, numbering. */
class AnalyzerTest {

    private static final String VM = PRELUDE + """
            specializing op(_SPECIALIZE_ADD, (counter/1, l, r -- l, r)) {
                if (counter == 0) { DISPATCH_SAME_OPARG(); }
            }
            op(_ADD, (l, r -- res)) {
                res = binary_op(oparg, l, r);
                ERROR_IF(res == value_from_bits(0));
            }
            macro(ADD) = _SPECIALIZE_ADD + unused/1 + _ADD;
            guard op(_GUARD_INT, (type_version/2, l, r -- l, r)) {
                DEOPT_IF(!is_int(l) || type_version != 7);
            }
            pure op(_ADD_INT, (l, r -- res)) {
                res = value_from_bits(value_bits(l) + value_bits(r) - 1);
            }
            macro(ADD_INT) = _GUARD_INT + _ADD_INT;
            family(ADD, 2) = { ADD_INT };
            inst(BUILD, (items[oparg], extra if ((oparg & 1) != 0) -- list)) {
                list = GETCONST(0);
            }
            replicate(2) op(_LOAD, (-- v)) { v = GETLOCAL(oparg); }
            macro(LOAD) = _LOAD;
            inst(NOP, (--)) { }
            inst(JUMP, (--)) { JUMPBY(oparg); }
            """;

    @Test
    void composesMacroStackEffects() {
        Instruction add = analyzeClean(VM).instruction("ADD").orElseThrow();
        assertEquals(List.of("l", "r"), add.inputs().stream().map(Slot::name).toList());
        assertEquals(List.of("res"), add.outputs().stream().map(Slot::name).toList());
        assertEquals("-1", add.pushed().minus(add.popped()).toString());
    }

    @Test
    void netStackEffectIsAnExpressionOfOparg() {
        Instruction build = analyzeClean(VM).instruction("BUILD").orElseThrow();
        assertEquals("oparg + ((oparg & 1) != 0 ? 1 : 0)", build.popped().toString());
        assertEquals("1 - oparg - ((oparg & 1) != 0 ? 1 : 0)", build.pushed().minus(build.popped()).toString());
    }

    @Test
    void cacheLayoutAndOffsets() {
        Analysis analysis = analyzeClean(VM);
        Instruction add = analysis.instruction("ADD").orElseThrow();
        assertEquals(2, add.cacheSize());
        assertEquals(List.of(0, 1, 2), add.parts().stream().map(Instruction.Part::cacheOffset).toList());
        Instruction addInt = analysis.instruction("ADD_INT").orElseThrow();
        assertEquals(2, addInt.cacheSize());
    }

    @Test
    void flagsComeFromTheBodyAndAnnotations() {
        Analysis analysis = analyzeClean(VM);
        assertEquals(Set.of(Flag.HAS_ARG, Flag.MAY_ERROR, Flag.ESCAPES), analysis.instruction("ADD").orElseThrow().flags());
        assertEquals(Set.of(Flag.MAY_DEOPT, Flag.GUARD), analysis.instruction("ADD_INT").orElseThrow().flags());
        Op addInt = analysis.ops().stream().filter(o -> o.name().equals("_ADD_INT")).findFirst().orElseThrow();
        assertEquals(Set.of(Flag.PURE), addInt.flags());
        assertEquals(Set.of(Flag.HAS_ARG, Flag.USES_CONST), analysis.instruction("BUILD").orElseThrow().flags());
        assertEquals(Set.of(Flag.HAS_ARG, Flag.USES_LOCAL), analysis.instruction("LOAD").orElseThrow().flags());
    }

    @Test
    void tierTwoViabilityExplainsWhyNot() {
        Analysis analysis = analyzeClean(VM);
        Instruction add = analysis.instruction("ADD").orElseThrow();
        assertEquals(Optional.empty(), add.tier2Blocker());
        assertEquals(List.of("_ADD"), add.tier2Ops().stream().map(Op::name).toList());
        assertEquals(Optional.of("jumps within tier-1 code (JUMPBY)"),
                analysis.instruction("JUMP").orElseThrow().tier2Blocker());
        assertEquals(Optional.empty(), analysis.instruction("ADD_INT").orElseThrow().tier2Blocker());
    }

    /** A tier-1 op that jumps gets into traces through its stand-in, unless that would exit too late. */
    @Test
    void replacementsMakeJumpingInstructionsProjectable() {
        Analysis analysis = analyzeClean(PRELUDE + """
                op(_JUMP_IF_FALSE, (flag --)) { if (value_bits(flag) == 10) { JUMPBY(oparg); } }
                tier2 guard replaces(_JUMP_IF_FALSE) op(_GUARD_TRUE, (flag --)) { EXIT_IF(value_bits(flag) != 18); }
                op(_NOT, (value -- flag)) { flag = value; }
                macro(JUMP_IF_FALSE) = _JUMP_IF_FALSE;
                macro(JUMP_IF_TRUE) = _NOT + _JUMP_IF_FALSE;
                """);
        Instruction jumpIfFalse = analysis.instruction("JUMP_IF_FALSE").orElseThrow();
        assertEquals(Optional.empty(), jumpIfFalse.tier2Blocker());
        assertEquals(List.of("_GUARD_TRUE"), jumpIfFalse.tier2Ops().stream().map(Op::name).toList());
        assertEquals(Optional.of("op '_NOT' changes the stack before '_GUARD_TRUE', which may leave the trace"),
                analysis.instruction("JUMP_IF_TRUE").orElseThrow().tier2Blocker());
    }

    /** One guard can be a jump's fall-through stand-in and the opposite jump's taken one. */
    @Test
    void takenStandInsAreRecordedOnTheJumpsTheyStandInFor() {
        Analysis analysis = analyzeClean(PRELUDE + """
                op(_JUMP_IF_FALSE, (flag --)) { if (value_bits(flag) == 10) { JUMPBY(oparg); } }
                op(_JUMP_IF_TRUE, (flag --)) { if (value_bits(flag) == 18) { JUMPBY(oparg); } }
                tier2 guard replaces(_JUMP_IF_FALSE) taken(_JUMP_IF_TRUE) op(_GUARD_TRUE, (flag --)) {
                    EXIT_IF(value_bits(flag) != 18);
                }
                macro(JUMP_IF_FALSE) = _JUMP_IF_FALSE;
                macro(JUMP_IF_TRUE) = _JUMP_IF_TRUE;
                """);
        Op jumpIfTrue = analysis.instruction("JUMP_IF_TRUE").orElseThrow().ops().getFirst();
        assertEquals(Optional.empty(), jumpIfTrue.tier2Replacement());
        assertEquals("_GUARD_TRUE", jumpIfTrue.takenReplacement().orElseThrow().name());
        // No fall-through stand-in: the instruction itself cannot be projected, only a side trace's start.
        assertTrue(analysis.instruction("JUMP_IF_TRUE").orElseThrow().tier2Blocker().isPresent());
        Op jumpIfFalse = analysis.instruction("JUMP_IF_FALSE").orElseThrow().ops().getFirst();
        assertEquals("_GUARD_TRUE", jumpIfFalse.tier2Replacement().orElseThrow().name());
        assertEquals(Optional.empty(), jumpIfFalse.takenReplacement());
    }

    /**
     * A cache entry the body assigns is written back by tier 1; a trace holds entries as constants, so
     * the op stays tier 1, and a jump's written entry is where its branch history is found.
     */
    @Test
    void writtenCacheEntriesKeepAnOpInTierOneAndHoldAJumpsHistory() {
        Analysis analysis = analyzeClean(PRELUDE + """
                op(_JUMP_IF_TRUE, (history/1, flag --)) {
                    history = history << 1;
                    if (value_bits(flag) == 18) { JUMPBY(oparg); }
                }
                op(_COUNT, (seen/1, unused/1, count/1 --)) { seen = seen + count; }
                tier2 guard replaces(_JUMP_IF_TRUE) op(_GUARD_FALSE, (flag --)) { EXIT_IF(value_bits(flag) != 10); }
                tier2 guard taken(_JUMP_IF_TRUE) op(_GUARD_TRUE, (flag --)) { EXIT_IF(value_bits(flag) != 18); }
                macro(JUMP_IF_TRUE) = _JUMP_IF_TRUE;
                macro(COUNT) = _COUNT;
                """);
        Op count = analysis.instruction("COUNT").orElseThrow().ops().getFirst();
        assertEquals(List.of(true, false, false), count.caches().stream().map(CacheSlot::written).toList());
        assertEquals(Optional.of("writes cache entry 'seen' (a trace carries entries as constants)"),
                count.tier2Blocker());
        Op jump = analysis.instruction("JUMP_IF_TRUE").orElseThrow().ops().getFirst();
        assertTrue(jump.caches().getFirst().written());
        assertEquals("_GUARD_TRUE", jump.takenReplacement().orElseThrow().name());
    }

    @Test
    void opcodesAreDeterministicWithSpecializationsAfterGenericInstructions() {
        Analysis analysis = analyzeClean(VM);
        List<String> order = analysis.instructions().stream().map(i -> i.opcode() + " " + i.name()).toList();
        assertEquals(List.of("1 ADD", "2 BUILD", "3 JUMP", "4 LOAD", "5 NOP", "6 ADD_INT"), order);
        assertEquals(order, analyzeClean(VM).instructions().stream().map(i -> i.opcode() + " " + i.name()).toList());
    }

    @Test
    void uopsIncludeReplicasAndOnlyViableOps() {
        List<String> uops = analyzeClean(VM).uops().stream().map(u -> u.id() + " " + u.name()).toList();
        assertEquals(List.of("1 BUILD", "2 NOP", "3 _ADD", "4 _ADD_INT", "5 _GUARD_INT", "6 _LOAD", "7 _LOAD_0",
                "8 _LOAD_1"), uops);
        Uop replica = analyzeClean(VM).uop("_LOAD_1").orElseThrow();
        assertTrue(replica.fixedOparg().isPresent());
        assertEquals(1, replica.fixedOparg().getAsInt());
    }

    @Test
    void familiesListTheirMembers() {
        assertEquals(List.of(new Family("ADD", 2, List.of("ADD_INT"))), analyzeClean(VM).families());
        assertEquals(Optional.of("ADD"), analyzeClean(VM).instruction("ADD_INT").orElseThrow().family());
    }
}
